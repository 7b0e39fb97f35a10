package haven.secureestate.force;

import haven.secureestate.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Checks a use-of-force record is complete and coherent before any rule is applied. */
public final class UseOfForceValidation {

    private UseOfForceValidation() {
    }

    public static List<FieldProblem> validate(UseOfForce f, TechniqueCatalogue catalogue, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Select the child who was restrained"));
        }
        if (blank(f.location())) {
            problems.add(new FieldProblem("location", "Enter where the use of force happened"));
        }
        if (f.startedAt() == null) {
            problems.add(new FieldProblem("startedAt", "Enter when the use of force started"));
        } else if (f.startedAt().isAfter(now)) {
            problems.add(new FieldProblem("startedAt", "The start time must not be in the future"));
        }
        if (f.endedAt() == null) {
            problems.add(new FieldProblem("endedAt", "Enter when the use of force ended"));
        } else if (f.startedAt() != null && !f.endedAt().isAfter(f.startedAt())) {
            problems.add(new FieldProblem("endedAt", "The end time must be after the start time"));
        } else if (f.endedAt().isAfter(now)) {
            problems.add(new FieldProblem("endedAt", "The end time must not be in the future"));
        }
        if (f.staffIds().isEmpty()) {
            problems.add(new FieldProblem("staffIds", "Select the staff involved"));
        }
        if (f.reason() == null) {
            problems.add(new FieldProblem("reason", "Select the reason for the use of force"));
        }
        if (blank(f.deEscalation())) {
            problems.add(new FieldProblem("deEscalation", "Describe the de-escalation tried first, or why none was possible"));
        }
        if (f.techniqueCodes().isEmpty()) {
            problems.add(new FieldProblem("techniqueCodes", "Select at least one technique used"));
        }
        for (String code : f.techniqueCodes()) {
            if (catalogue.find(code).isEmpty()) {
                problems.add(new FieldProblem("techniqueCodes", "Unknown technique '" + code + "': choose from the controlled list"));
            }
        }
        if (f.healthcareAttendedAt() != null && f.startedAt() != null && f.healthcareAttendedAt().isBefore(f.startedAt())) {
            problems.add(new FieldProblem("healthcareAttendedAt", "Healthcare attendance must be after the use of force started"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
