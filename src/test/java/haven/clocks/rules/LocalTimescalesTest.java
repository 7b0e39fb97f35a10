package haven.clocks.rules;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocalTimescalesTest {

    @Test
    void aChallengeToADecisionIsAnsweredWithinFiveWorkingDaysByDefault() {
        Schedule s = Rules.byId("CHALLENGE").scheduleFrom(london("2025-12-22T11:00"), Jurisdiction.ENGLAND);
        // 23, 24 (2), Christmas and Boxing Day, 29, 30, 31 (5)
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aSupervisorReviewsADecisionByTheEndOfTheNextWorkingDay() {
        Schedule s = Rules.byId("SUPERVISOR-REVIEW").scheduleFrom(london("2025-06-06T18:00"), Jurisdiction.ENGLAND);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void anAgreedActionIsDueByTheEndOfTheAgreedDayWithAWarningTheDayBefore() {
        Schedule s = Rules.byId("ACTION").scheduleFrom(london("2025-06-20T00:00"), Jurisdiction.WALES);
        assertThat(s.describeDue()).isEqualTo("end of Fri 20 Jun 2025");
        assertThat(s.warningInstants()).containsExactly(london("2025-06-19T09:00"));
    }
}
