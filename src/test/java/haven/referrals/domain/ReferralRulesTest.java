package haven.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import haven.platform.web.FieldProblem;
import haven.referrals.ConcernCategory;
import haven.referrals.Consent;
import haven.referrals.RaiseReferral;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {
    static final String WHAT = "Officers attended at 22:10 after a neighbour reported shouting; the mother had a cut lip and"
            + " the child was in the kitchen.";

    static RaiseReferral complete() {
        return new RaiseReferral(1L, List.of(ConcernCategory.DOMESTIC_ABUSE), WHAT, "\"I hide in my room\"", null,
                "Quiet and watchful", null, Consent.GIVEN, null, null, true);
    }

    private static List<String> fields(ReferralCheck check) {
        return check instanceof ReferralCheck.Refused r ? r.problems().stream().map(FieldProblem::field).toList() : List.of();
    }

    @Test
    void acceptsAReferralWithEverythingInspectorsLookFor() {
        assertThat(ReferralRules.check(complete())).isInstanceOf(ReferralCheck.Accepted.class);
    }

    @Test
    void refusesAReferralWithoutTheChildsVoiceNamingTheField() {
        var r = new RaiseReferral(1L, List.of(ConcernCategory.NEGLECT), WHAT, " ", null, "Quiet", null, Consent.GIVEN, null,
                null, true);
        var check = ReferralRules.check(r);
        assertThat(fields(check)).containsExactly("childsVoice");
        assertThat(((ReferralCheck.Refused) check).problems().get(0).message()).contains("child's own words");
    }

    @Test
    void acceptsMissingVoiceOnlyWithAReasonItCouldNotBeObtained() {
        var r = new RaiseReferral(1L, List.of(ConcernCategory.NEGLECT), WHAT, null, "The child is 8 months old and pre-verbal",
                null, "Not seen: the child was at nursery all day", Consent.GIVEN, null, null, true);
        assertThat(ReferralRules.check(r)).isInstanceOf(ReferralCheck.Accepted.class);
        var tooShort = new RaiseReferral(1L, List.of(ConcernCategory.NEGLECT), WHAT, null, "n/a", "Quiet", null,
                Consent.GIVEN, null, null, true);
        assertThat(fields(ReferralRules.check(tooShort))).containsExactly("childsVoiceNotObtainedBecause");
    }

    @Test
    void refusesAReferralWithoutDemeanour() {
        var r = new RaiseReferral(1L, List.of(ConcernCategory.NEGLECT), WHAT, "words", null, null, null, Consent.GIVEN, null,
                null, true);
        assertThat(fields(ReferralRules.check(r))).containsExactly("demeanour");
    }

    @Test
    void sharingWithoutConsentNeedsTheLawfulBasis() {
        var r = new RaiseReferral(1L, List.of(ConcernCategory.NEGLECT), WHAT, "words", null, "Quiet", null, Consent.NOT_SOUGHT,
                "", null, true);
        assertThat(fields(ReferralRules.check(r))).containsExactly("lawfulBasis");
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        var r = new RaiseReferral(null, List.of(), null, null, null, null, null, null, null, null, false);
        assertThat(fields(ReferralRules.check(r))).containsExactly("childPersonId", "categories", "whatHappened", "childsVoice",
                "demeanour", "consent", "householdChildren");
    }
}
