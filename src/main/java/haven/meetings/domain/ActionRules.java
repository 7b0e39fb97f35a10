package haven.meetings.domain;

import haven.meetings.AddAction;
import haven.platform.web.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An agreed action has an owner, a description and a due day not in the past. */
public final class ActionRules {
    private ActionRules() {
    }

    public static List<FieldProblem> problems(AddAction a, LocalDate today, boolean ownerKnown) {
        var problems = new ArrayList<FieldProblem>();
        if (a.description() == null || a.description().isBlank()) {
            problems.add(new FieldProblem("description", "Enter the action"));
        }
        if (a.ownerUserId() == null || !ownerKnown) {
            problems.add(new FieldProblem("ownerUserId", "Choose who owns the action"));
        }
        if (a.dueOn() == null) {
            problems.add(new FieldProblem("dueOn", "Enter the day the action is due"));
        } else if (a.dueOn().isBefore(today)) {
            problems.add(new FieldProblem("dueOn", "The due day must be today or later"));
        }
        return problems;
    }
}
