package haven.secureestate;

import java.util.UUID;

/** A dose or appointment was missed; the establishment's healthcare lead has been alerted. */
public record HealthcareMissed(UUID recordId, UUID establishmentId, long childPersonId, String what) {
}
