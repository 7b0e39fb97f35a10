package haven.identity.linkage;

import static haven.identity.linkage.Records.person;
import static haven.identity.linkage.TrainedOnSyntheticPopulation.MODEL;
import static haven.identity.linkage.TrainedOnSyntheticPopulation.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchGuardsTest {

    private static LinkageRecord.Builder child(String id) {
        return person(id, "Amelia", "Okafor", "2012-09-14").sex("F").address("14 Beech Grove").postcode("LS6 2AB");
    }

    @Test
    void linksTwoRecordsThatAgreeOnEverything() {
        assertThat(verdict(MODEL, child("a").build(), child("b").build())).isEqualTo(Verdict.LINK);
    }

    @Test
    void neverLinksRecordsWithDifferentValidNhsNumbers() {
        LinkageRecord a = child("a").nhsNumber("9434765919").build();
        LinkageRecord b = child("b").nhsNumber("4010232137").build();
        assertThat(verdict(MODEL, a, b)).isEqualTo(Verdict.NO_LINK);
    }

    @Test
    void ignoresAnNhsNumberThatFailsItsCheckDigit() {
        LinkageRecord a = child("a").nhsNumber("9434765919").build();
        LinkageRecord b = child("b").nhsNumber("9434765918").build();
        assertThat(verdict(MODEL, a, b)).isEqualTo(Verdict.LINK);
    }

    @Test
    void neverLinksRecordsWithDifferentRecordedSexes() {
        assertThat(verdict(MODEL, child("a").build(), child("b").sex("M").build())).isEqualTo(Verdict.NO_LINK);
    }

    @Test
    void theSexGuardCanBeSwitchedOff() {
        LinkageSettings s = MODEL.settings();
        MatchModel lenient = MODEL.withSettings(new LinkageSettings(s.linkThreshold(), s.reviewThreshold(), false,
                s.familyRule(), s.deterministicRuleRecall(), s.maxBlockSize(), s.randomPairsForU(),
                s.maxPairsForEm()));
        assertThat(verdict(lenient, child("a").build(), child("b").sex("M").build())).isEqualTo(Verdict.LINK);
    }

    @Test
    void neverMergesASealedRecordAutomaticallyButOffersItForReview() {
        assertThat(verdict(MODEL, child("a").build(), child("b").sealed(true).build())).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void refusesInconsistentThresholdsWithAMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageSettings.defaults().withThresholds(0.5, 0.9))
                .hasMessageContaining("thresholds");
    }
}
