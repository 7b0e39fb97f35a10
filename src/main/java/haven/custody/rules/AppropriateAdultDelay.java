package haven.custody.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the child waited for the appropriate adult, and whether that is late against the local
 * threshold. PACE-02 says only "as soon as practicable": the threshold is a local parameter, not a
 * statutory deadline.
 */
public record AppropriateAdultDelay(Duration waited, boolean arrived, boolean late) {

    public static AppropriateAdultDelay of(Instant requestedAt, Instant arrivedAt, Instant now, Duration lateAfter) {
        Instant end = arrivedAt != null ? arrivedAt : now;
        Duration waited = Duration.between(requestedAt, end);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        return new AppropriateAdultDelay(waited, arrivedAt != null, waited.compareTo(lateAfter) > 0);
    }
}
