package haven.referrals;

import java.time.Instant;

/** A referral decision or challenge answer made after its clock, and the reason recorded for the delay. */
public record LateDecision(String clock, String reference, String localAuthority, Instant due, Instant done, String reason) {
}
