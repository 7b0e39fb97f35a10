package haven.custody;

import java.time.Instant;
import java.util.UUID;

/** Command: a review of detention by the review officer, or its postponement with the reason (PACE-05). */
public record RecordReview(UUID recordId, Instant reviewedAt, String reviewOfficer, Rank rank, boolean postponed,
                           String reasons) {
}
