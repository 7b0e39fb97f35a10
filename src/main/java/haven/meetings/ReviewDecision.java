package haven.meetings;

/** A supervisor's review of a decision: endorsed, or not with what must change. */
public record ReviewDecision(Boolean endorsed, String comment, String reasonForDelay) {
    public ReviewDecision {
        endorsed = Boolean.TRUE.equals(endorsed);
    }
}
