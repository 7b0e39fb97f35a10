package haven.secureestate.health;

import haven.secureestate.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A refused or missed dose, and a missed or late appointment, must say why. */
public final class HealthValidation {

    private HealthValidation() {
    }

    public static List<FieldProblem> validate(MedicationDose d, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Select the child"));
        }
        if (d.medicine() == null || d.medicine().isBlank()) {
            problems.add(new FieldProblem("medicine", "Enter the medicine prescribed"));
        }
        if (d.scheduledAt() == null) {
            problems.add(new FieldProblem("scheduledAt", "Enter when the dose was due"));
        }
        if (d.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Select whether the dose was given, refused or missed"));
        } else if (d.outcome() != DoseOutcome.GIVEN && blank(d.reason())) {
            problems.add(new FieldProblem("reason", "Enter why the dose was " + d.outcome().name().toLowerCase()));
        }
        if (d.recordedAt() != null && d.recordedAt().isAfter(now)) {
            problems.add(new FieldProblem("recordedAt", "The time must not be in the future"));
        }
        return problems;
    }

    public static List<FieldProblem> validate(MedicalAppointment a) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Select the child"));
        }
        if (a.service() == null || a.service().isBlank()) {
            problems.add(new FieldProblem("service", "Enter who the appointment was with"));
        }
        if (a.scheduledAt() == null) {
            problems.add(new FieldProblem("scheduledAt", "Enter when the appointment was"));
        }
        if (a.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Select what happened to the appointment"));
        } else if (a.outcome() != AppointmentOutcome.ATTENDED && blank(a.reason())) {
            problems.add(new FieldProblem("reason", "Enter why the child was late or missed the appointment"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
