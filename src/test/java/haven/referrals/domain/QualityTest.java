package haven.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import haven.referrals.ConcernCategory;
import haven.referrals.Consent;
import haven.referrals.RaiseReferral;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityTest {

    @Test
    void scoresAFullReferralSixOfSix() {
        var q = Quality.score(ReferralRulesTest.complete(), true);
        assertThat(q.score()).isEqualTo(6);
        assertThat(q.missing()).isEmpty();
    }

    @Test
    void countsOnlyWhatIsThereAndNamesWhatIsMissing() {
        var r = new RaiseReferral(1L, List.of(ConcernCategory.NEGLECT), "Concern for welfare.", null,
                "The child was asleep when officers left", "Quiet", null, Consent.NOT_SOUGHT, "s47", null, true);
        var q = Quality.score(r, true);
        assertThat(q.score()).isEqualTo(4);
        assertThat(q.missing()).containsExactly("Child's own words and views", "A specific concern described in detail");
    }
}
