package haven.secureestate.regime;

import java.time.Instant;
import java.util.UUID;

/** One entry in the movements and regime record: a child left or returned to their room at a time, for an activity. */
public record Movement(Long childPersonId, Instant at, MovementKind kind, String activity) {
}
