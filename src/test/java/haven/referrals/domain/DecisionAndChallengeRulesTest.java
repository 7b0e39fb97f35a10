package haven.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import haven.platform.web.FieldProblem;
import haven.referrals.AnswerChallenge;
import haven.referrals.DecisionOutcome;
import haven.referrals.RaiseChallenge;
import haven.referrals.RecordDecision;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionAndChallengeRulesTest {
    static final Instant DUE = Instant.parse("2025-04-22T23:00:00Z"); // CP-01: end of Tue 22 Apr 2025, London

    @Test
    void noFurtherActionNeedsAReason() {
        var problems = DecisionRules.problems(new RecordDecision(DecisionOutcome.NO_FURTHER_ACTION, " ", null),
                DUE.minusSeconds(60), DUE, false);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("reason");
    }

    @Test
    void decisionAfterCp01DeadlineNeedsTheReasonForDelay() { // CP-01
        var d = new RecordDecision(DecisionOutcome.EARLY_HELP, null, null);
        assertThat(DecisionRules.problems(d, DUE.minusSeconds(1), DUE, false)).isEmpty();
        assertThat(DecisionRules.problems(d, DUE, DUE, false)).extracting(FieldProblem::field).containsExactly("reasonForDelay");
    }

    @Test
    void aDecidedReferralCannotBeDecidedAgain() {
        var d = new RecordDecision(DecisionOutcome.EARLY_HELP, null, null);
        assertThat(DecisionRules.problems(d, DUE.minusSeconds(1), DUE, true)).extracting(FieldProblem::field).containsExactly("outcome");
    }

    @Test
    void onlyTheReferrerSideMayChallengeADecidedReferralOnce() {
        var c = new RaiseChallenge("The child disclosed more on the way home");
        assertThat(ChallengeRules.problems(c, new ChallengeRules.Facts(true, false, true))).isEmpty();
        assertThat(ChallengeRules.problems(c, new ChallengeRules.Facts(true, false, false))).hasSize(1);
        assertThat(ChallengeRules.problems(c, new ChallengeRules.Facts(false, false, true))).hasSize(1);
        assertThat(ChallengeRules.problems(c, new ChallengeRules.Facts(true, true, true))).hasSize(1);
    }

    @Test
    void aChangedDecisionNamesTheNewOutcomeAndALateAnswerItsDelay() {
        var a = new AnswerChallenge(false, null, "Agreed, assessment", null);
        assertThat(ChallengeRules.problems(a, true, true, DUE, DUE)).extracting(FieldProblem::field)
                .containsExactly("newOutcome", "reasonForDelay");
        assertThat(ChallengeRules.problems(a, false, true, DUE.minusSeconds(5), DUE)).extracting(FieldProblem::field)
                .containsExactly("response");
    }
}
