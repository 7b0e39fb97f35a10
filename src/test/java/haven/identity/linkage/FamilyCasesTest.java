package haven.identity.linkage;

import static haven.identity.linkage.Records.person;
import static haven.identity.linkage.TrainedOnSyntheticPopulation.MODEL;
import static haven.identity.linkage.TrainedOnSyntheticPopulation.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Families are the hardest case: twins, a son named after his father and siblings a year apart share a surname and
 * an address. The forename and the full date of birth must outweigh them.
 */
class FamilyCasesTest {

    private static LinkageRecord.Builder atHome(LinkageRecord.Builder b) {
        return b.surname("Okafor").address("14 Beech Grove").postcode("LS6 2AB").locality("Leeds")
                .phone("0113 496 0000");
    }

    @Test
    void keepsSameSexTwinsApart() {
        LinkageRecord jack = atHome(person("a", "Jack", "Okafor", "2014-06-02").sex("M")).build();
        LinkageRecord oscar = atHome(person("b", "Oscar", "Okafor", "2014-06-02").sex("M")).build();
        assertThat(verdict(MODEL, jack, oscar)).isEqualTo(Verdict.NO_LINK);
    }

    @Test
    void keepsTwinsWhoseForenamesOnlySoundAlikeOrShareARootApart() {
        LinkageRecord ava = atHome(person("a", "Ava", "Okafor", "2014-06-02").sex("F")).build();
        LinkageRecord evie = atHome(person("b", "Evie", "Okafor", "2014-06-02").sex("F")).build();
        assertThat(verdict(MODEL, ava, evie)).isNotEqualTo(Verdict.LINK);
        LinkageRecord alfie = atHome(person("c", "Alfie", "Okafor", "2016-01-11").sex("M")).build();
        LinkageRecord freddie = atHome(person("d", "Freddie", "Okafor", "2016-01-11").sex("M")).build();
        assertThat(verdict(MODEL, alfie, freddie)).isNotEqualTo(Verdict.LINK);
    }

    @Test
    void keepsASonNamedAfterHisFatherApartFromHisFather() {
        LinkageRecord father = atHome(person("a", "David", "Okafor", "1979-03-15").sex("M")).build();
        LinkageRecord son = atHome(person("b", "David", "Okafor", "2009-11-30").sex("M")).build();
        assertThat(verdict(MODEL, father, son)).isEqualTo(Verdict.NO_LINK);
    }

    @Test
    void doesNotMergeASonNamedAfterHisFatherAndBornOnHisBirthday() {
        LinkageRecord father = atHome(person("a", "David", "Okafor", "1987-12-25").sex("M")).build();
        LinkageRecord son = atHome(person("b", "David", "Okafor", "2009-12-25").sex("M")).build();
        assertThat(verdict(MODEL, father, son)).isNotEqualTo(Verdict.LINK);
    }

    @Test
    void keepsSiblingsBornAYearApartApart() {
        LinkageRecord older = atHome(person("a", "Amelia", "Okafor", "2012-09-14").sex("F")).build();
        LinkageRecord younger = atHome(person("b", "Poppy", "Okafor", "2013-10-02").sex("F")).build();
        assertThat(verdict(MODEL, older, younger)).isEqualTo(Verdict.NO_LINK);
    }

    @Test
    void doesNotMergeBrothersWhoseNamesSoundAlikeBornOnTheSameDayTwoYearsApart() {
        LinkageRecord louie = atHome(person("a", "Louie", "Okafor", "2013-04-21").sex("M")).build();
        LinkageRecord leo = atHome(person("b", "Leo", "Okafor", "2015-04-21").sex("M")).build();
        assertThat(verdict(MODEL, louie, leo)).isNotEqualTo(Verdict.LINK);
    }

    @Test
    void sendsARecordWithoutAForenameToAPersonRatherThanGuessWhichTwinItIs() {
        LinkageRecord jack = atHome(person("a", "Jack", "Okafor", "2014-06-02").sex("M")).build();
        LinkageRecord unnamed = atHome(person("b", null, "Okafor", "2014-06-02").sex("M")).build();
        assertThat(verdict(MODEL, jack, unnamed)).isNotEqualTo(Verdict.LINK);
    }

    @Test
    void stillLinksOneChildRecordedWithANicknameATypoAndTransposedDate() {
        LinkageRecord school = atHome(person("a", "William", "Okafor", "2014-06-02").sex("M")).build();
        LinkageRecord police = atHome(person("b", "Bill", "Okafr", "2014-02-06").sex("M")).build();
        assertThat(verdict(MODEL, school, police)).isEqualTo(Verdict.LINK);
    }

    @Test
    void stillLinksTheSamePersonAtANewAddress() {
        LinkageRecord before = atHome(person("a", "Amelia", "Okafor", "2012-09-14").sex("F")).build();
        LinkageRecord after = person("b", "Amelia", "Okafor", "2012-09-14").sex("F").address("3 Mill Lane")
                .postcode("M1 1AA").build();
        assertThat(verdict(MODEL, before, after)).isEqualTo(Verdict.LINK);
    }

    @Test
    void withoutTheFamilyRuleSameSexTwinsWouldBeMerged() {
        MatchModel plain = MODEL.withSettings(MODEL.settings().withFamilyRule(false));
        LinkageRecord jack = atHome(person("a", "Jack", "Okafor", "2014-06-02").sex("M")).build();
        LinkageRecord oscar = atHome(person("b", "Oscar", "Okafor", "2014-06-02").sex("M")).build();
        assertThat(verdict(plain, jack, oscar)).isEqualTo(Verdict.LINK);
    }

    @Test
    void explainsThatTheHouseholdEvidenceWasSetAsideForTwins() {
        LinkageRecord jack = atHome(person("a", "Jack", "Okafor", "2014-06-02").sex("M")).build();
        LinkageRecord oscar = atHome(person("b", "Oscar", "Okafor", "2014-06-02").sex("M")).build();
        Explanation e = MODEL.explain(Records.prepared(jack), Records.prepared(oscar));
        assertThat(e.householdDiscounted()).isTrue();
        assertThat(e.fields()).filteredOn(f -> f.field().equals("surname"))
                .singleElement().satisfies(f -> assertThat(f.discountedByFamilyRule()).isTrue());
    }
}
