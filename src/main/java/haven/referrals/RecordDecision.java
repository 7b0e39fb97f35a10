package haven.referrals;

/** The local authority's decision on a referral; {@code reasonForDelay} is needed once CP-01 has passed. */
public record RecordDecision(DecisionOutcome outcome, String reason, String reasonForDelay) {
}
