package haven.custody;

import java.time.Instant;
import java.util.UUID;

/** Command: an arrest for breach of bail or remand conditions is being planned (PACE-11). */
public record PlanBreachArrest(UUID childId, ArrestKind kind, Instant plannedFor, String plannedBy) {
}
