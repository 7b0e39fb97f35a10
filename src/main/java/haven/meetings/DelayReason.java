package haven.meetings;

import java.time.Instant;

/** One deadline met late in an investigation and the reason recorded for the delay. */
public record DelayReason(String clock, String subject, Instant due, Instant metAt, String reason) {
}
