package haven.referrals;

/** A referrer challenged a decision; it waits for the named manager. */
public record DecisionChallenged(long referralId, long challengeId, long managerUserId) {
}
