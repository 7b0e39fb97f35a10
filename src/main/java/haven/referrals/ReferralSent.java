package haven.referrals;

/** A referral reached a local authority's hub queue. */
public record ReferralSent(long referralId, String reference, long childPersonId, long localAuthorityAgencyId) {
}
