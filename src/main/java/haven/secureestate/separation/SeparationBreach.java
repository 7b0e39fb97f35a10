package haven.secureestate.separation;

import java.time.Instant;

/** A point at which a separation went outside its rule, with the rule id and a sentence a manager can act on. */
public record SeparationBreach(String ruleId, Instant at, String message) {
}
