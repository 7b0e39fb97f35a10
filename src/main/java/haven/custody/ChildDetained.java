package haven.custody;

import java.time.Instant;

/** A child was booked into a custody suite; the relevant time is {@code arrivedAt} (C-01, C-06). */
public record ChildDetained(long recordId, long childPersonId, String suite, Instant arrivedAt, ArrestKind arrestKind) {
}
