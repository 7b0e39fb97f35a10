package haven.secureestate;

import java.util.UUID;

/** SE-07: a restraint injured a child; the local safeguarding partnership is being notified. */
public record RestraintInjuredChild(UUID useOfForceId, UUID establishmentId, long childPersonId, UUID notificationId) {
}
