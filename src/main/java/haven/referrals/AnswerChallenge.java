package haven.referrals;

/**
 * The named manager's answer to a challenge: the decision stands, or a new decision replaces it
 * ({@code newOutcome} set). {@code reasonForDelay} is needed once the challenge clock has passed.
 */
public record AnswerChallenge(Boolean upheld, DecisionOutcome newOutcome, String response, String reasonForDelay) {
    public AnswerChallenge {
        upheld = Boolean.TRUE.equals(upheld);
    }
}
