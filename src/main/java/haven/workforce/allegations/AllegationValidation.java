package haven.workforce.allegations;

import haven.workforce.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An allegation record must be coherent: referral after receipt, outcome only once referred. */
public final class AllegationValidation {

    private AllegationValidation() {
    }

    public static List<FieldProblem> validate(Allegation a, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.staffId() == null) {
            problems.add(new FieldProblem("staffId", "Select the member of staff the allegation is about"));
        }
        if (a.category() == null) {
            problems.add(new FieldProblem("category", "Select what kind of allegation this is"));
        }
        if (a.summary() == null || a.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "Enter what was alleged"));
        }
        if (a.receivedAt() == null) {
            problems.add(new FieldProblem("receivedAt", "Enter when the allegation was received"));
        } else if (a.receivedAt().isAfter(now)) {
            problems.add(new FieldProblem("receivedAt", "The time received must not be in the future"));
        }
        if (a.referredToLadoAt() != null && a.receivedAt() != null && a.referredToLadoAt().isBefore(a.receivedAt())) {
            problems.add(new FieldProblem("referredToLadoAt", "The LADO referral cannot be before the allegation was received"));
        }
        if (a.outcome() != null && a.referredToLadoAt() == null) {
            problems.add(new FieldProblem("outcome", "Record the LADO referral before the LADO's outcome"));
        }
        if (a.outcome() != null && a.concludedAt() == null) {
            problems.add(new FieldProblem("concludedAt", "Enter when the LADO concluded the allegation"));
        }
        return problems;
    }
}
