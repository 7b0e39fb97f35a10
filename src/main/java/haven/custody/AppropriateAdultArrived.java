package haven.custody;

import java.time.Instant;

/** The appropriate adult arrived; {@code late} against the local threshold (PACE-02). */
public record AppropriateAdultArrived(long recordId, Instant requestedAt, Instant arrivedAt, boolean late) {
}
