package haven.referrals.domain;

import haven.platform.web.FieldProblem;
import haven.referrals.DecisionOutcome;
import haven.referrals.RecordDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a local authority decision must say (CP-01): an outcome; a reason for no further action,
 * since most referrals ended that way with nobody able to see why; and, when the decision comes
 * after the CP-01 deadline, the reason for the delay.
 */
public final class DecisionRules {
    private DecisionRules() {
    }

    public static List<FieldProblem> problems(RecordDecision d, Instant now, Instant due, boolean alreadyDecided) {
        var problems = new ArrayList<FieldProblem>();
        if (alreadyDecided) {
            problems.add(new FieldProblem("outcome", "This referral is already decided; answer a challenge to change it"));
            return problems;
        }
        if (d.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Choose the decision"));
        }
        if (d.outcome() == DecisionOutcome.NO_FURTHER_ACTION && ReferralRules.blank(d.reason())) {
            problems.add(new FieldProblem("reason", "Enter the reason for no further action"));
        }
        if (isLate(now, due) && ReferralRules.blank(d.reasonForDelay())) {
            problems.add(new FieldProblem("reasonForDelay",
                    "The decision is after the CP-01 deadline: enter the reason for the delay"));
        }
        return problems;
    }

    /** A deadline is missed from its due instant onwards (the due instant itself is late). */
    public static boolean isLate(Instant at, Instant due) {
        return !at.isBefore(due);
    }
}
