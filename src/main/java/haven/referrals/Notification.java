package haven.referrals;

import java.time.Instant;

/** Something Haven told a member of staff about a referral: a decision fed back, a challenge, an overdue decision. */
public record Notification(long id, long referralId, String reference, String kind, String message, Instant createdAt,
                           Instant readAt) {
}
