package haven.clocks.rules;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SexOffenderRulesTest {

    @Test
    void initialNotificationWithinThreeDaysBeginningWithMondayEndsAtMidnightWednesday() { // SO-01, C-04
        Schedule s = Rules.byId("SO-01").scheduleFrom(london("2025-06-02T15:00"), Jurisdiction.ENGLAND);
        assertThat(s.describeDue()).isEqualTo("end of Wed 4 Jun 2025");
        assertThat(s.due()).isEqualTo(london("2025-06-05T00:00"));
    }

    @Test
    void changesStaysWithChildrenAndDocumentsAllRunThreeDaysBeginningWithTheEvent() { // SO-02, SO-04, SO-05
        for (RuleId id : new RuleId[] {RuleId.SO_02, RuleId.SO_04, RuleId.SO_05}) {
            Schedule s = Rules.standard().schedule(id, london("2025-12-24T23:00"), Jurisdiction.WALES);
            assertThat(s.dueDate()).as(id.code()).isEqualTo(LocalDate.of(2025, 12, 26));
        }
    }

    @Test
    void reNotifiesWithinOneYearOrWeeklyWithNoFixedAddress() { // SO-03
        Schedule s = Rules.byId("SO-03").scheduleFrom(london("2025-06-10T11:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(s.milestone("no-fixed-address").orElseThrow().describeDue()).isEqualTo("end of Mon 16 Jun 2025");
        assertThat(Rules.standard().renotification().weeklyFrom(london("2025-06-10T11:00"), Jurisdiction.ENGLAND).dueDate())
                .isEqualTo(LocalDate.of(2025, 6, 16));
    }

    @Test
    void travelAbroadIsNotifiedSevenDaysBeforeDepartureOrTwelveHoursIfNotKnownEarlier() { // SO-06
        Schedule s = Rules.byId("SO-06").scheduleFrom(london("2025-04-03T06:00"), Jurisdiction.ENGLAND);
        // the clocks go forward in between: the 7 days keep the London time of day
        assertThat(s.due()).isEqualTo(london("2025-03-27T06:00"));
        assertThat(s.milestone("short-notice").orElseThrow().due()).isEqualTo(london("2025-04-02T18:00"));
    }
}
