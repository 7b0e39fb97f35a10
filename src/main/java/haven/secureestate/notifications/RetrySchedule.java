package haven.secureestate.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a partnership notification again after a failed attempt (SE-07): exponential backoff from
 * {@code first}, doubling, capped at {@code max}, and never given up until the partnership acknowledges.
 */
public record RetrySchedule(Duration first, Duration max) {

    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** @param attemptsSoFar attempts already made, at least 1 */
    public Instant nextAttempt(Instant lastAttempt, int attemptsSoFar) {
        int doublings = Math.min(Math.max(0, attemptsSoFar - 1), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return lastAttempt.plus(wait.compareTo(max) > 0 ? max : wait);
    }
}
