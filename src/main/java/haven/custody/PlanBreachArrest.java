package haven.custody;

import java.time.Instant;

/** Command: an arrest for breach of bail or remand conditions is being planned (PACE-11). */
public record PlanBreachArrest(long childId, ArrestKind kind, Instant plannedFor, String plannedBy) {
}
