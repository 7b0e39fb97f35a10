package haven.custody.rules;

import haven.custody.AppropriateAdultRole;
import haven.custody.DetentionPlace;
import haven.custody.Rank;
import haven.custody.RecordAppropriateAdult;
import haven.custody.RecordDetentionPlace;
import haven.custody.RecordStripSearch;
import haven.custody.SearchAttendee;
import haven.custody.Sex;
import haven.custody.StartInterview;
import haven.platform.rules.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static haven.custody.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class SafeguardPoliciesTest {

    private final Instant asked = ARRIVED.plusSeconds(1800);

    private RecordAppropriateAdult aa(boolean solicitor, boolean police, boolean coSuspect) {
        return new RecordAppropriateAdult(RECORD, "A. Adult", AppropriateAdultRole.PARENT_OR_GUARDIAN, solicitor, police,
                coSuspect, asked, asked.plusSeconds(3600), asked, "PS 1");
    }

    @Test
    void refusesASolicitorAsAppropriateAdult() { // PACE-02
        assertThat(field(new AppropriateAdultPolicy(CLOCK).check(boy15(), aa(true, false, false)))).isEqualTo("isSolicitor");
    }

    @Test
    void refusesAPoliceEmployeeAsAppropriateAdult() { // PACE-02
        assertThat(field(new AppropriateAdultPolicy(CLOCK).check(boy15(), aa(false, true, false))))
                .isEqualTo("isPoliceEmployee");
    }

    @Test
    void refusesACoSuspectAsAppropriateAdult() { // PACE-02
        assertThat(field(new AppropriateAdultPolicy(CLOCK).check(boy15(), aa(false, false, true))))
                .isEqualTo("isCoSuspect");
    }

    @Test
    void acceptsAParentAsAppropriateAdult() { // PACE-02
        assertThat(new AppropriateAdultPolicy(CLOCK).check(boy15(), aa(false, false, false)).allowed()).isTrue();
    }

    @Test
    void refusesAnAppropriateAdultArrivingBeforeBeingAsked() { // PACE-02
        RecordAppropriateAdult c = new RecordAppropriateAdult(RECORD, "A", AppropriateAdultRole.SOCIAL_WORKER, false,
                false, false, asked, asked.minusSeconds(60), null, "PS 1");
        assertThat(field(new AppropriateAdultPolicy(CLOCK).check(boy15(), c))).isEqualTo("arrivedAt");
    }

    @Test
    void showsAnAppropriateAdultArrivingSevenHoursAfterBeingAskedAsLate() { // PACE-02
        AppropriateAdultDelay d = AppropriateAdultDelay.of(asked, asked.plus(Duration.ofHours(7)), NOW,
                Duration.ofHours(2));
        assertThat(d.late()).isTrue();
        assertThat(d.waited()).isEqualTo(Duration.ofHours(7));
        assertThat(AppropriateAdultDelay.of(asked, asked.plus(Duration.ofMinutes(45)), NOW, Duration.ofHours(2)).late())
                .isFalse();
    }

    @Test
    void countsAnAppropriateAdultNotYetArrivedAsWaitingUntilNow() { // PACE-02
        AppropriateAdultDelay d = AppropriateAdultDelay.of(asked, null, NOW, Duration.ofHours(2));
        assertThat(d.arrived()).isFalse();
        assertThat(d.late()).isTrue();
    }

    @Test
    void refusesAnInterviewWithoutTheAppropriateAdult() { // PACE-04
        StartInterview c = new StartInterview(RECORD, NOW, "DC 9", null, null, null);
        assertThat(rule(new InterviewPolicy(CLOCK).check(boy15(), c))).isEqualTo("PACE-04");
    }

    @Test
    void allowsAnInterviewOnceTheAppropriateAdultHasArrived() { // PACE-04
        StartInterview c = new StartInterview(RECORD, NOW, "DC 9", null, null, null);
        assertThat(new InterviewPolicy(CLOCK).check(withAaArrived(boy15(), NOW.minusSeconds(60)), c).allowed()).isTrue();
    }

    @Test
    void allowsAnUrgentInterviewAuthorisedByASuperintendentWithReasons() { // PACE-04
        StartInterview c = new StartInterview(RECORD, NOW, "DC 9", "Supt 4", Rank.SUPERINTENDENT,
                "risk to life: firearm outstanding");
        assertThat(new InterviewPolicy(CLOCK).check(boy15(), c).allowed()).isTrue();
        StartInterview byInspector = new StartInterview(RECORD, NOW, "DC 9", "Insp 5", Rank.INSPECTOR, "urgent");
        assertThat(field(new InterviewPolicy(CLOCK).check(boy15(), byInspector))).isEqualTo("authoriserRank");
    }

    private RecordDetentionPlace place(DetentionPlace p, boolean noOther, boolean noSupervision, String reason,
                                       boolean withAdult, String woman) {
        return new RecordDetentionPlace(RECORD, p, NOW, "PS 1", noOther, noSupervision, reason, withAdult, woman);
    }

    @Test
    void refusesACellWhenADetentionRoomCouldBeUsed() { // PACE-14
        assertThat(field(new DetentionPlacePolicy(CLOCK).check(boy15(),
                place(DetentionPlace.CELL, false, true, "busy", false, null)))).isEqualTo("place");
    }

    @Test
    void allowsACellOnlyWithBothConditionsAndAReason() { // PACE-14
        DetentionPlacePolicy p = new DetentionPlacePolicy(CLOCK);
        assertThat(p.check(boy15(), place(DetentionPlace.CELL, true, true, "both detention rooms occupied", false, null))
                .allowed()).isTrue();
        assertThat(field(p.check(boy15(), place(DetentionPlace.CELL, true, true, "", false, null))))
                .isEqualTo("reasonForCell");
    }

    @Test
    void neverPlacesAChildWithADetainedAdult() { // PACE-14
        assertThat(field(new DetentionPlacePolicy(CLOCK).check(boy15(),
                place(DetentionPlace.DETENTION_ROOM, false, false, null, true, null)))).isEqualTo("sharedWithAdult");
    }

    @Test
    void refusesToHoldAGirlWithoutAWomanResponsibleForHerCare() { // PACE-14
        DetentionPlacePolicy p = new DetentionPlacePolicy(CLOCK);
        assertThat(field(p.check(girl14(), place(DetentionPlace.DETENTION_ROOM, false, false, null, false, null))))
                .isEqualTo("womanResponsibleForCare");
        assertThat(p.check(girl14(), place(DetentionPlace.DETENTION_ROOM, false, false, null, false, "DS Jones"))
                .allowed()).isTrue();
    }

    private RecordStripSearch search(List<SearchAttendee> present, boolean urgent, String urgency, boolean declined,
                                     boolean signed) {
        return new RecordStripSearch(RECORD, NOW, "Insp 5", "concealed drugs suspected", true, present, urgent, urgency,
                declined, signed);
    }

    @Test
    void refusesStripSearchWithoutAppropriateAdult() { // PACE-12
        Verdict v = new StripSearchPolicy(CLOCK).check(boy15(), search(List.of(
                new SearchAttendee("PC A", Sex.MALE, false), new SearchAttendee("PC B", Sex.MALE, false)), false, null,
                false, false));
        assertThat(rule(v)).isEqualTo("PACE-12");
        assertThat(field(v)).isEqualTo("present");
    }

    @Test
    void allowsStripSearchWithTheAppropriateAdultAndAnotherOfTheSameSex() { // PACE-12
        assertThat(new StripSearchPolicy(CLOCK).check(boy15(), search(List.of(
                new SearchAttendee("PC A", Sex.MALE, false), new SearchAttendee("Father", Sex.MALE, true)), false, null,
                false, false)).allowed()).isTrue();
    }

    @Test
    void refusesStripSearchWithSomeoneOfTheOtherSexPresent() { // PACE-12
        assertThat(field(new StripSearchPolicy(CLOCK).check(girl14(), search(List.of(
                new SearchAttendee("PC A", Sex.MALE, false), new SearchAttendee("Mother", Sex.FEMALE, true)), false,
                null, false, false)))).isEqualTo("present");
    }

    @Test
    void refusesStripSearchWithOnlyOnePersonPresentUnlessUrgent() { // PACE-12
        StripSearchPolicy p = new StripSearchPolicy(CLOCK);
        List<SearchAttendee> one = List.of(new SearchAttendee("PC A", Sex.MALE, false));
        assertThat(field(p.check(boy15(), search(one, false, null, false, false)))).isEqualTo("present");
        assertThat(p.check(boy15(), search(one, true, "ligature concealed; risk to life", false, false)).allowed())
                .isTrue();
        assertThat(field(p.check(boy15(), search(one, true, "", false, false)))).isEqualTo("urgencyReason");
    }

    @Test
    void allowsStripSearchWithoutTheAppropriateAdultOnlyWhenTheyAgreedAndSigned() { // PACE-12
        StripSearchPolicy p = new StripSearchPolicy(CLOCK);
        List<SearchAttendee> two = List.of(new SearchAttendee("PC A", Sex.MALE, false),
                new SearchAttendee("PC B", Sex.MALE, false));
        assertThat(field(p.check(boy15(), search(two, false, null, true, false)))).isEqualTo("aaAgreedAndSigned");
        assertThat(p.check(boy15(), search(two, false, null, true, true)).allowed()).isTrue();
    }

    @Test
    void recordsAVisitOnlyWithWhoVisitedAndHowTheChildWas() { // PACE-14
        VisitPolicy p = new VisitPolicy(CLOCK);
        assertThat(field(p.check(boy15(), new haven.custody.RecordVisit(RECORD, NOW, "PC 1", " "))))
                .isEqualTo("observation");
        assertThat(p.check(boy15(), new haven.custody.RecordVisit(RECORD, NOW, "PC 1", "Asleep, breathing normally"))
                .allowed()).isTrue();
    }

    @Test
    void saysAVisitIsDueOnceTheLocalIntervalHasPassed() { // PACE-14
        assertThat(VisitPolicy.visitDue(NOW.minus(Duration.ofMinutes(29)), NOW, Duration.ofMinutes(30))).isFalse();
        assertThat(VisitPolicy.visitDue(NOW.minus(Duration.ofMinutes(30)), NOW, Duration.ofMinutes(30))).isTrue();
    }
}
