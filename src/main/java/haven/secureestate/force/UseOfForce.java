package haven.secureestate.force;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One use of force on a child as recorded: when and where, who, why, what was tried first, the techniques,
 * health and injuries. The child's account and the manager's review are added later as new versions.
 */
public record UseOfForce(UUID id, UUID establishmentId, Long childPersonId, String location,
                         Instant startedAt, Instant endedAt, List<UUID> staffIds, RestraintReason reason,
                         String deEscalation, List<String> techniqueCodes, String immediateRiskJustification,
                         String bodyWornVideoRef, Instant healthcareAttendedAt, String childInjury,
                         String staffInjury) {

    public UseOfForce {
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        techniqueCodes = techniqueCodes == null ? List.of() : List.copyOf(techniqueCodes);
    }

    public boolean childInjured() {
        return childInjury != null && !childInjury.isBlank();
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    @Override
    public String toString() {
        return "UseOfForce[" + id + " child=" + childPersonId + " establishment=" + establishmentId + "]";
    }
}
