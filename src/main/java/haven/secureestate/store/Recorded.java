package haven.secureestate.store;

import java.time.Instant;

/** Who wrote a version of a record, when, and why; every versioned table carries it. */
public record Recorded(String by, Instant at, String reason) {
}
