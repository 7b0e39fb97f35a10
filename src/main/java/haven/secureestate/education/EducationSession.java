package haven.secureestate.education;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A class: where and when, the children in it, the staff present, and whether the classroom was locked. */
public record EducationSession(UUID id, UUID establishmentId, String classroom, Instant startsAt, Instant endsAt,
                               List<Long> childPersonIds, List<UUID> staffPresentIds, boolean classroomLocked) {

    public EducationSession {
        childPersonIds = childPersonIds == null ? List.of() : List.copyOf(childPersonIds);
        staffPresentIds = staffPresentIds == null ? List.of() : List.copyOf(staffPresentIds);
    }

    public Supervision supervision() {
        if (childPersonIds.isEmpty() || !staffPresentIds.isEmpty()) {
            return Supervision.SUPERVISED;
        }
        return classroomLocked ? Supervision.LOCKED_IN_WITHOUT_STAFF : Supervision.NO_STAFF_PRESENT;
    }

    /** Children locked in a classroom with nobody supervising them is an incident in its own right. */
    public boolean isIncident() {
        return supervision() == Supervision.LOCKED_IN_WITHOUT_STAFF;
    }

    public enum Supervision {
        SUPERVISED, NO_STAFF_PRESENT, LOCKED_IN_WITHOUT_STAFF
    }
}
