package haven.secureestate.education;

import haven.secureestate.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/** Rejects an education session that cannot be true. */
public final class EducationValidation {

    private EducationValidation() {
    }

    public static List<FieldProblem> validate(EducationSession s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.classroom() == null || s.classroom().isBlank()) {
            problems.add(new FieldProblem("classroom", "Enter the classroom"));
        }
        if (s.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "Enter when the session started"));
        } else if (s.endsAt() == null || !s.endsAt().isAfter(s.startsAt())) {
            problems.add(new FieldProblem("endsAt", "The session must end after it starts"));
        }
        if (s.childPersonIds().isEmpty()) {
            problems.add(new FieldProblem("childPersonIds", "Select the children in the session"));
        }
        return problems;
    }
}
