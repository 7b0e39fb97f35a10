package haven.secureestate.estate;

import java.time.Instant;
import java.util.UUID;

/**
 * A child placed in an establishment, linked to the child's person record, with who placed them.
 * {@code childReference} is the establishment's own number for the child, used where a name must not appear.
 */
public record Placement(UUID id, Long childPersonId, String childReference, UUID establishmentId, UUID unitId, UUID roomId,
                        String placingAuthority, String youthOffendingTeam, Instant start, Instant end) {

    public boolean isCurrentAt(Instant at) {
        return !start.isAfter(at) && (end == null || end.isAfter(at));
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && (end == null || end.isAfter(from));
    }

    @Override
    public String toString() {
        return "Placement[" + id + " child=" + childPersonId + " establishment=" + establishmentId + "]";
    }
}
