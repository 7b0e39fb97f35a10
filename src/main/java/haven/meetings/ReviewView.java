package haven.meetings;

import java.time.Instant;

/** A decision waiting for (or given) a supervisor's review, on its own clock. */
public record ReviewView(long id, String subjectKind, long subjectId, String decision, long decidedBy, String decidedByName,
                         long reviewerUserId, Instant requestedAt, Instant due, Instant reviewedAt, Boolean endorsed,
                         String comment, Boolean late, String reasonForDelay) {
    public boolean overdueAt(Instant now) {
        return reviewedAt == null && !now.isBefore(due);
    }
}
