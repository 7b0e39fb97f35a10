package haven.clocks.rules;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustodyRulesTest {

    private final Rules rules = Rules.standard();

    @Test
    void firstReviewOfDetentionIsDueSixHoursAfterAuthorisationThenEveryNine() { // PACE-05
        Instant authorised = london("2025-06-02T10:00");
        Schedule s = Rules.byId("PACE-05").scheduleFrom(authorised, Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-02T16:00"));
        assertThat(s.milestone("review-2").orElseThrow().due()).isEqualTo(london("2025-06-03T01:00"));
        assertThat(s.milestone("review-3").orElseThrow().due()).isEqualTo(london("2025-06-03T10:00"));
    }

    @Test
    void aPostponedReviewDoesNotMoveTheLaterReviewDeadlines() { // PACE-05
        DetentionReviews pace05 = rules.detentionReviews();
        Instant authorised = london("2025-06-02T10:00");
        // first review postponed to 18:30: the second is still due 9 h after the first was due, not after 18:30
        Instant heldLate = london("2025-06-02T18:30");
        assertThat(pace05.nextReviewDueAfter(authorised, heldLate)).isEqualTo(london("2025-06-03T01:00"));
        assertThat(pace05.reviewDue(authorised, 2)).isEqualTo(london("2025-06-03T01:00"));
    }

    @Test
    void detentionWithoutChargeEndsAfter24HoursExtendableTo36AndAtMost96() { // PACE-06, C-06
        Schedule s = Rules.byId("PACE-06").scheduleFrom(london("2025-06-02T10:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-03T10:00"));
        assertThat(s.milestone("extended").orElseThrow().due()).isEqualTo(london("2025-06-03T22:00"));
        assertThat(s.milestone("warrant-maximum").orElseThrow().due()).isEqualTo(london("2025-06-06T10:00"));
    }

    @Test
    void detentionClockRunsRealHoursWhenSummerTimeEnds() { // PACE-06, C-05
        Schedule s = Rules.byId("PACE-06").scheduleFrom(london("2025-10-25T12:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-10-26T11:00"));
    }

    @Test
    void bailBreachCourtClockDoesNotCountSunday() { // PACE-11
        Schedule s = Rules.byId("PACE-11").scheduleFrom(london("2025-06-07T10:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-09T10:00"));
    }

    @Test
    void bailBreachCourtClockDoesNotCountGoodFridayOrEasterSunday() { // PACE-11
        // Thu 17 Apr 2025 12:00: 12 h Thursday, Good Friday skipped, 12 h Saturday
        Schedule s = Rules.byId("PACE-11").scheduleFrom(london("2025-04-17T12:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-04-19T12:00"));
    }

    @Test
    void bailBreachCourtClockDoesNotCountChristmasDay() { // PACE-11
        Schedule s = Rules.byId("PACE-11").scheduleFrom(london("2025-12-24T12:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-12-26T12:00"));
    }

    @Test
    void warnsOfANightInACellWhenAChildIsArrestedForBailBreachInTheEvening() { // PACE-11
        Instant arrest = london("2025-06-04T19:30");
        Schedule s = Rules.byId("PACE-11").scheduleFrom(arrest, Jurisdiction.ENGLAND);
        assertThat(s.warnings()).anySatisfy(w -> {
            assertThat(w.at()).isEqualTo(arrest);
            assertThat(w.label()).contains("night in a cell");
        });
    }

    @Test
    void doesNotWarnOfANightInACellForAMorningArrest() { // PACE-11
        Schedule s = Rules.byId("PACE-11").scheduleFrom(london("2025-06-04T09:30"), Jurisdiction.ENGLAND);
        assertThat(s.warnings()).noneSatisfy(w -> assertThat(w.label()).contains("night in a cell"));
        assertThat(s.warningInstants()).containsExactly(london("2025-06-05T05:30"));
    }

    @Test
    void saturdayEveningArrestRunsOnPastSundayToMondayEvening() { // PACE-11
        Schedule s = Rules.byId("PACE-11").scheduleFrom(london("2025-06-07T20:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-09T20:00"));
    }
}
