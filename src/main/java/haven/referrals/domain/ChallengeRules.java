package haven.referrals.domain;

import haven.platform.web.FieldProblem;
import haven.referrals.AnswerChallenge;
import haven.referrals.RaiseChallenge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may challenge a decision and what a challenge and its answer must say. Only the referrer or
 * their supervisor may challenge; a decision is challenged once at a time; the grounds are required.
 */
public final class ChallengeRules {
    private ChallengeRules() {
    }

    /** The facts about the referral the rules need. */
    public record Facts(boolean decided, boolean openChallenge, boolean isReferrerOrSupervisor) {
    }

    public static List<FieldProblem> problems(RaiseChallenge c, Facts f) {
        var problems = new ArrayList<FieldProblem>();
        if (!f.isReferrerOrSupervisor()) {
            problems.add(new FieldProblem("grounds", "Only the referrer or their supervisor may challenge this decision"));
        } else if (!f.decided()) {
            problems.add(new FieldProblem("grounds", "There is no decision to challenge yet"));
        } else if (f.openChallenge()) {
            problems.add(new FieldProblem("grounds", "This decision is already being challenged"));
        } else if (c.grounds() == null || c.grounds().strip().length() < ReferralRules.MIN_REASON) {
            problems.add(new FieldProblem("grounds", "Enter why you disagree with the decision"));
        }
        return problems;
    }

    public static List<FieldProblem> problems(AnswerChallenge a, boolean isNamedManager, boolean open, Instant now, Instant due) {
        var problems = new ArrayList<FieldProblem>();
        if (!isNamedManager) {
            problems.add(new FieldProblem("response", "Only the named manager may answer this challenge"));
            return problems;
        }
        if (!open) {
            problems.add(new FieldProblem("response", "This challenge has already been answered"));
            return problems;
        }
        if (!a.upheld() && a.newOutcome() == null) {
            problems.add(new FieldProblem("newOutcome", "Choose the new decision"));
        }
        if (ReferralRules.blank(a.response())) {
            problems.add(new FieldProblem("response", "Enter your answer to the referrer"));
        }
        if (DecisionRules.isLate(now, due) && ReferralRules.blank(a.reasonForDelay())) {
            problems.add(new FieldProblem("reasonForDelay",
                    "The answer is after the challenge deadline: enter the reason for the delay"));
        }
        return problems;
    }
}
