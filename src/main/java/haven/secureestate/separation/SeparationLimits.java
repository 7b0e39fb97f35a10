package haven.secureestate.separation;

import java.time.Duration;

/**
 * The statutory separation limits: SE-04 for secure training centres, SE-05 for young offender institutions.
 * Held as a value so a test or a future change in the rules replaces them in one place.
 */
public record SeparationLimits(Duration observationInterval, Duration stcContinuous, Duration stcPer24Hours,
                               Duration yoiInitial, Duration yoiBlock, Duration yoiSecretaryOfState) {

    public static SeparationLimits statutory() {
        return new SeparationLimits(
                Duration.ofMinutes(15),   // SE-04 observed at least every 15 minutes
                Duration.ofHours(3),      // SE-04 never more than 3 hours continuously
                Duration.ofHours(3),      // SE-04 nor 3 hours in total in 24 hours
                Duration.ofHours(72),     // SE-05 removal from association up to 72 h
                Duration.ofDays(14),      // SE-05 then written authority in blocks of 14 days
                Duration.ofDays(42));     // SE-05 beyond 42 days the Secretary of State
    }
}
