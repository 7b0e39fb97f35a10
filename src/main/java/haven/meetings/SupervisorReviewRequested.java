package haven.meetings;

/** A decision waits for a supervisor's review. */
public record SupervisorReviewRequested(long reviewId, String subjectKind, long subjectId, long reviewerUserId) {
}
