package haven.clocks.rules;

import static haven.clocks.At.london;
import static haven.clocks.At.utc;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PoliceProtectionRulesTest {

    @Test
    void breachesPoliceProtectionAfter72Hours() { // PP-02, RULES.md example
        Schedule s = Rules.byId("PP-02").scheduleFrom(london("2025-06-02T10:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-05T10:00"));
        assertThat(s.describeDue()).isEqualTo("Thu 5 Jun 2025 10:00");
    }

    @Test
    void warnsAt48And66HoursOfPoliceProtection() { // PP-02
        Schedule s = Rules.byId("PP-02").scheduleFrom(london("2025-06-02T10:00"), Jurisdiction.ENGLAND);
        assertThat(s.warningInstants()).containsExactly(london("2025-06-04T10:00"), london("2025-06-05T04:00"));
    }

    @Test
    void policeProtectionCountsRealHoursAcrossTheSpringClockChange() { // PP-02, C-05
        Instant taken = utc("2025-03-30T01:00:00Z"); // the moment GMT becomes BST
        Schedule s = Rules.byId("PP-02").scheduleFrom(taken, Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(utc("2025-04-02T01:00:00Z"));
        assertThat(s.describeDue()).isEqualTo("Wed 2 Apr 2025 02:00");
    }

    @Test
    void policeProtectionTakenTheEveningBeforeSummerTimeEndsOneWallClockHourEarlier() { // PP-02, C-05
        Schedule s = Rules.byId("PP-02").scheduleFrom(london("2025-10-25T20:00"), Jurisdiction.WALES);
        assertThat(s.due()).isEqualTo(london("2025-10-28T19:00"));
    }

    @Test
    void eachPoliceProtectionDutyIsOverdueAfterTwoHours() { // PP-03
        Schedule s = Rules.byId("PP-03").scheduleFrom(london("2025-06-02T23:30"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-03T01:30"));
    }

    @Test
    void emergencyProtectionOrderLastsEightDaysBeginningWithTheFirstDayOfPoliceProtection() { // PP-06, C-04
        Schedule s = Rules.byId("PP-06").scheduleFrom(london("2025-06-02T22:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).hasToString("2025-06-09");
        assertThat(s.describeDue()).isEqualTo("end of Mon 9 Jun 2025");
        assertThat(s.milestone("extended").orElseThrow().describeDue()).isEqualTo("end of Mon 16 Jun 2025");
    }
}
