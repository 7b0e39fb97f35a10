package haven.secureestate.oversight;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Each night, SE-08 alerts for the day just ended (London time), once the movements record for it is complete. */
@Component
class ConfinementAlertJob {

    private final OversightService oversight;
    private final Clock clock;

    ConfinementAlertJob(OversightService oversight, Clock clock) {
        this.oversight = oversight;
        this.clock = clock;
    }

    @Scheduled(cron = "${haven.secure-estate.confinement-check:0 30 0 * * *}", zone = "Europe/London")
    void yesterday() {
        oversight.raiseConfinementAlerts(LocalDate.now(clock.withZone(OversightService.LONDON)).minusDays(1));
    }
}
