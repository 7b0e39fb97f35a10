package haven.secureestate.searches;

import haven.secureestate.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SE-07: every full or strip search of a child is risk-assessed, authorised by a manager and recorded with
 * its reason, what was found and who was present; a record missing any of these is not accepted.
 */
public final class SearchValidation {

    /** Two staff besides the child, so no child is ever searched with a single adult. */
    public static final int MINIMUM_STAFF_PRESENT = 2;

    private SearchValidation() {
    }

    public static List<FieldProblem> validate(Search s, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Select the child who was searched"));
        }
        if (s.kind() == null) {
            problems.add(new FieldProblem("kind", "Select whether this was a full or strip search"));
        }
        if (s.conductedAt() == null) {
            problems.add(new FieldProblem("conductedAt", "Enter when the search took place"));
        } else if (s.conductedAt().isAfter(now)) {
            problems.add(new FieldProblem("conductedAt", "The search time must not be in the future"));
        }
        if (s.riskAssessment() == null || s.riskAssessment().isBlank()) {
            problems.add(new FieldProblem("riskAssessment", "Enter the risk assessment made before the search"));
        }
        if (s.authorisingManagerId() == null) {
            problems.add(new FieldProblem("authorisingManagerId", "Select the manager who authorised the search"));
        }
        if (s.reason() == null || s.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason for the search"));
        }
        if (s.presentStaffIds().size() < MINIMUM_STAFF_PRESENT) {
            problems.add(new FieldProblem("presentStaffIds", "Record at least two members of staff present"));
        }
        return problems;
    }
}
