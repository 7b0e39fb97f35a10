package haven.secureestate;

import java.util.UUID;

/** A use of force on a child was recorded. */
public record UseOfForceRecorded(UUID useOfForceId, UUID establishmentId, long childPersonId, boolean painInducing,
                                 boolean faceDown, boolean childInjured) {
}
