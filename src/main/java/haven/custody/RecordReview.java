package haven.custody;

import java.time.Instant;

/** Command: a review of detention by the review officer, or its postponement with the reason (PACE-05). */
public record RecordReview(long recordId, Instant reviewedAt, String reviewOfficer, Rank rank, boolean postponed,
                           String reasons) {
}
