package haven.secureestate.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification to a local safeguarding partnership that a restraint injured a child (SE-07), with its delivery
 * state: how many attempts, when the next is due, and the partnership's acknowledgement once it arrives.
 */
public record PartnershipNotification(UUID id, UUID useOfForceId, UUID establishmentId, String partnership,
                                      String payload, Instant createdAt, int attempts, Instant nextAttemptAt,
                                      String lastError, Instant acknowledgedAt, String acknowledgedRef) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    @Override
    public String toString() {
        return "PartnershipNotification[" + id + "]";
    }
}
