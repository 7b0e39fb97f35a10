package haven.custody;

import java.time.Instant;

/**
 * Command: the child leaves custody. Every child is referred to children's social care, or the reason for
 * not referring is recorded.
 *
 * @param referralReference the referral (public protection notice) reference, when one was made
 */
public record CloseCustodyRecord(long recordId, Instant closedAt, String closedBy, CustodyOutcome outcome,
                                 String referralReference, Instant referralMadeAt, String noReferralReason) {
}
