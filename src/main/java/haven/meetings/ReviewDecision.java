package haven.meetings;

/** A supervisor's review of a decision: endorsed, or not with what must change. */
public record ReviewDecision(boolean endorsed, String comment, String reasonForDelay) {
}
