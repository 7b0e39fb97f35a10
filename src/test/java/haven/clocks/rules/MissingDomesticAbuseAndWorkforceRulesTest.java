package haven.clocks.rules;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissingDomesticAbuseAndWorkforceRulesTest {

    @Test
    void returnInterviewOfferedWithin72HoursOfReturnAcrossTheSpringClockChange() { // M-04, C-05
        Schedule s = Rules.byId("M-04").scheduleFrom(london("2025-03-29T12:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-04-01T13:00"));
        assertThat(s.warningInstants()).containsExactly(london("2025-03-31T13:00"));
    }

    @Test
    void schoolIsToldBeforeTheNextSchoolDayStartsAfterAFridayNightIncident() { // DA-06
        Schedule s = Rules.byId("DA-06").scheduleFrom(london("2025-06-06T21:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-09T08:30"));
    }

    @Test
    void schoolIsToldAfterEasterWhenTheIncidentIsOnMaundyThursdayNight() { // DA-06
        Schedule s = Rules.byId("DA-06").scheduleFrom(london("2025-04-17T22:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-04-22T08:30"));
    }

    @Test
    void anIncidentBeforeSchoolStartsIsToldThatSameMorning() { // DA-06
        Schedule s = Rules.byId("DA-06").scheduleFrom(london("2025-06-03T06:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-03T08:30"));
        assertThat(s.warningInstants()).containsExactly(london("2025-06-03T07:30"));
    }

    @Test
    void allegationGoesToTheLadoWithinOneWorkingDayInEnglandAnd24HoursInWales() { // AL-01, C-07
        Schedule england = Rules.byId("AL-01").scheduleFrom(london("2025-06-06T16:00"), Jurisdiction.ENGLAND);
        Schedule wales = Rules.byId("AL-01").scheduleFrom(london("2025-06-06T16:00"), Jurisdiction.WALES);
        assertThat(england.dueDate()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(wales.due()).isEqualTo(london("2025-06-07T16:00"));
    }
}
