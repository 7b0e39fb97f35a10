package haven.referrals;

/** The local authority decided a referral; the referrer and their supervisor have been told. */
public record ReferralDecided(long referralId, String reference, DecisionOutcome outcome, boolean late) {
}
