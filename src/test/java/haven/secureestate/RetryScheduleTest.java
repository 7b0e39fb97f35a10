package haven.secureestate;

import haven.secureestate.notifications.RetrySchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final Instant t = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void backsOffByDoublingUpToAnHourAndNeverGivesUp() { // SE-07
        RetrySchedule s = RetrySchedule.standard();

        assertThat(s.nextAttempt(t, 1)).isEqualTo(t.plus(Duration.ofMinutes(1)));
        assertThat(s.nextAttempt(t, 2)).isEqualTo(t.plus(Duration.ofMinutes(2)));
        assertThat(s.nextAttempt(t, 4)).isEqualTo(t.plus(Duration.ofMinutes(8)));
        assertThat(s.nextAttempt(t, 10)).isEqualTo(t.plus(Duration.ofHours(1)));
        assertThat(s.nextAttempt(t, 500)).isEqualTo(t.plus(Duration.ofHours(1)));
    }
}
