package haven.secureestate.searches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A full or strip search of a child with its risk assessment, authority, reason, finds and witnesses. */
public record Search(UUID id, UUID establishmentId, Long childPersonId, SearchKind kind, Instant conductedAt,
                     String riskAssessment, UUID authorisingManagerId, String reason, String found,
                     List<UUID> presentStaffIds) {

    public Search {
        presentStaffIds = presentStaffIds == null ? List.of() : List.copyOf(presentStaffIds);
    }

    public boolean foundSomething() {
        return found != null && !found.isBlank();
    }

    @Override
    public String toString() {
        return "Search[" + id + " child=" + childPersonId + " kind=" + kind + "]";
    }
}
