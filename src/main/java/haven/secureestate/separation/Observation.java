package haven.secureestate.separation;

import java.time.Instant;
import java.util.UUID;

/** A member of staff looked in on a separated child at a time, with what they saw. */
public record Observation(Instant at, UUID staffId, String note) {
}
