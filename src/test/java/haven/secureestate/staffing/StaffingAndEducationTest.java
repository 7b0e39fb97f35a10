package haven.secureestate.staffing;

import haven.secureestate.education.EducationSession;
import haven.secureestate.education.EducationValidation;
import haven.secureestate.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingAndEducationTest {

    private final LocalDate day = LocalDate.of(2026, 3, 2);

    @Test
    void flagsAUnitWithOneMemberOfStaffAndChildrenOnIt() {
        ShiftStaffing s = new ShiftStaffing(UUID.randomUUID(), day, Shift.LATE, 3, 1, 6);
        assertThat(s.singleStaffed()).isTrue();
        assertThat(s.gap()).isEqualTo(2);
    }

    @Test
    void doesNotFlagAnEmptyUnitOrOneStaffedToPlan() {
        assertThat(new ShiftStaffing(UUID.randomUUID(), day, Shift.NIGHT, 1, 1, 0).singleStaffed()).isFalse();
        ShiftStaffing full = new ShiftStaffing(UUID.randomUUID(), day, Shift.EARLY, 3, 3, 6);
        assertThat(full.singleStaffed()).isFalse();
        assertThat(full.gap()).isZero();
    }

    @Test
    void treatsChildrenLockedInAClassroomWithoutStaffAsAnIncident() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        EducationSession locked = new EducationSession(UUID.randomUUID(), UUID.randomUUID(), "Room E2", t,
                t.plusSeconds(3600), List.of(1L, 2L), List.of(), true);
        EducationSession staffed = new EducationSession(UUID.randomUUID(), UUID.randomUUID(), "Room E2", t,
                t.plusSeconds(3600), List.of(1L), List.of(UUID.randomUUID()), true);

        assertThat(locked.isIncident()).isTrue();
        assertThat(staffed.isIncident()).isFalse();
        assertThat(staffed.supervision()).isEqualTo(EducationSession.Supervision.SUPERVISED);
    }

    @Test
    void rejectsASessionThatEndsBeforeItStarts() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        EducationSession s = new EducationSession(UUID.randomUUID(), UUID.randomUUID(), "Room E2", t,
                t.minusSeconds(60), List.of(1L), List.of(UUID.randomUUID()), false);
        assertThat(EducationValidation.validate(s)).extracting(FieldProblem::field).containsExactly("endsAt");
    }
}
