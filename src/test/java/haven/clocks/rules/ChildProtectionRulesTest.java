package haven.clocks.rules;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildProtectionRulesTest {

    private final Rules rules = Rules.standard();

    @Test
    void referralDecisionSkipsGoodFridayAndEasterMonday() { // CP-01, RULES.md example
        Schedule s = Rules.byId("CP-01").scheduleFrom(london("2025-04-17T15:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(s.due()).isEqualTo(LondonTime.endOf(LocalDate.of(2025, 4, 22)));
        assertThat(s.describeDue()).isEqualTo("end of Tue 22 Apr 2025");
        assertThat(s.dueKind()).isEqualTo(Schedule.DueKind.END_OF_DAY);
    }

    @Test
    void referralOnChristmasEve2026IsDecidedByTheEndOfTuesday29December() { // CP-01, C-02
        Schedule s = Rules.byId("CP-01").scheduleFrom(london("2026-12-24T11:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void referralDecisionWarnsAtNoonOnTheDayItIsDue() { // CP-01
        Schedule s = Rules.byId("CP-01").scheduleFrom(london("2025-04-17T15:00"), Jurisdiction.ENGLAND);
        assertThat(s.warningInstants()).containsExactly(london("2025-04-22T12:00"));
    }

    @Test
    void referralInWalesCarriesWrittenConfirmationAndChaseMilestones() { // CP-01 (W-01)
        Schedule s = Rules.byId("CP-01").scheduleFrom(london("2025-04-17T15:00"), Jurisdiction.WALES);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(s.milestone("written-confirmation").orElseThrow().due()).isEqualTo(london("2025-04-18T15:00"));
        assertThat(s.milestone("chase").orElseThrow().describeDue()).isEqualTo("end of Wed 30 Apr 2025");
        assertThat(rules.schedule(s.rule(), s.start(), Jurisdiction.ENGLAND).milestones()).isEmpty();
    }

    @Test
    void strategyDiscussionDecidedOnFridayIsHeldByTheEndOfMonday() { // CP-02
        Schedule s = Rules.byId("CP-02").scheduleFrom(london("2025-06-06T16:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void assessmentTakes45WorkingDaysInEnglandAnd42InWales() { // CP-04, C-07
        Schedule england = Rules.byId("CP-04").scheduleFrom(london("2025-06-02T09:00"), Jurisdiction.ENGLAND);
        Schedule wales = Rules.byId("CP-04").scheduleFrom(london("2025-06-02T09:00"), Jurisdiction.WALES);
        assertThat(england.dueDate()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(wales.dueDate()).isEqualTo(LocalDate.of(2025, 7, 30));
        assertThat(england.warningInstants()).containsExactly(london("2025-07-28T09:00"));
    }

    @Test
    void initialConferenceIsDueWithin15WorkingDaysAcrossEaster() { // CP-05
        Schedule s = Rules.byId("CP-05").scheduleFrom(london("2025-04-10T14:00"), Jurisdiction.ENGLAND);
        // 11,14,15,16,17 (5), 22,23,24,25 (9), 28,29,30, 1 May (13), 2 (14), 6 May (15; 5 May is a bank holiday)
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void firstReviewConferenceWithinThreeMonthsThenEverySix() { // CP-06
        ReviewConference cp06 = rules.reviewConferences();
        Schedule first = cp06.scheduleFrom(london("2025-11-30T10:00"), Jurisdiction.ENGLAND);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        Schedule next = cp06.nextReviewAfter(london("2026-02-20T10:00"), Jurisdiction.ENGLAND);
        assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 8, 20));
    }

    @Test
    void firstCoreGroupWithin10WorkingDaysOfTheInitialConference() { // CP-07
        Schedule s = Rules.byId("CP-07").scheduleFrom(london("2025-12-19T10:00"), Jurisdiction.ENGLAND);
        // 22,23,24 (3), 29,30,31 (6), 2 Jan (7), 5,6,7 (10)
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void seriousIncidentNotifiedWithin5WorkingDaysAndRapidReviewWithin15() { // CP-09
        Schedule s = Rules.byId("CP-09").scheduleFrom(london("2025-06-02T10:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(s.milestone("rapid-review").orElseThrow().describeDue()).isEqualTo("end of Mon 23 Jun 2025");
    }
}
