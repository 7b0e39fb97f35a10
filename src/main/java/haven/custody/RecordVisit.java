package haven.custody;

import java.time.Instant;

/** Command: someone visited the child in the cell or detention room and recorded what they saw (PACE-14). */
public record RecordVisit(long recordId, Instant visitedAt, String visitedBy, String observation) {
}
