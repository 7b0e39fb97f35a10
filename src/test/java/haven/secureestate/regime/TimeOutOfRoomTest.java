package haven.secureestate.regime;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOutOfRoomTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final TimeOutOfRoom calc = new TimeOutOfRoom(LONDON, haven.clocks.Rules.standard().roomConfinement());
    private final Long child = 101L;
    private final Instant placed = Instant.parse("2026-01-01T10:00:00Z");
    private final Instant later = Instant.parse("2026-12-01T00:00:00Z");

    private Instant at(LocalDate day, int h, int m) {
        return ZonedDateTime.of(day.atTime(h, m), LONDON).toInstant();
    }

    private Movement out(LocalDate d, int h, int m) {
        return new Movement(child, at(d, h, m), MovementKind.LEFT_ROOM, "Education");
    }

    private Movement in(LocalDate d, int h, int m) {
        return new Movement(child, at(d, h, m), MovementKind.RETURNED_TO_ROOM, "Bang-up");
    }

    @Test
    void countsTimeOutOfRoomFromMovements() { // SE-08
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<Movement> moves = List.of(out(day, 8, 0), in(day, 12, 0), out(day, 13, 30), in(day, 17, 0));

        DailyTimeOutOfRoom r = calc.forDay(child, day, moves, placed, null, later);
        assertThat(r.outOfRoom()).isEqualTo(Duration.ofMinutes(450));
        assertThat(r.alert()).isFalse();
    }

    @Test
    void alertsWhenAChildSpends22HoursOrMoreInTheirRoom() { // SE-08
        LocalDate day = LocalDate.of(2026, 3, 2);
        DailyTimeOutOfRoom r = calc.forDay(child, day, List.of(out(day, 14, 0), in(day, 16, 0)), placed, null, later);

        assertThat(r.inRoom()).isEqualTo(Duration.ofHours(22));
        assertThat(r.alert()).isTrue();
    }

    @Test
    void treatsADayWithNoRecordOfLeavingAsConfinement() { // SE-08
        LocalDate day = LocalDate.of(2026, 3, 3);
        assertThat(calc.forDay(child, day, List.of(), placed, null, later).alert()).isTrue();
    }

    @Test
    void carriesAChildStillOutAtMidnightIntoTheNextDay() { // SE-08
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<Movement> moves = List.of(out(day, 23, 0), in(day.plusDays(1), 1, 0));

        assertThat(calc.forDay(child, day.plusDays(1), moves, placed, null, later).outOfRoom())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void measuresTheShortDayWhenClocksGoForward() { // SE-08, C-05
        LocalDate day = LocalDate.of(2026, 3, 29);
        DailyTimeOutOfRoom r = calc.forDay(child, day, List.of(out(day, 9, 0), in(day, 10, 0)), placed, null, later);

        assertThat(r.inRoom()).isEqualTo(Duration.ofHours(22));
        assertThat(r.alert()).isTrue();
    }

    @Test
    void countsOnlyFromTheStartOfThePlacement() { // SE-08
        LocalDate day = LocalDate.of(2026, 1, 1);
        DailyTimeOutOfRoom r = calc.forDay(child, day, List.of(), at(day, 20, 0), null, later);

        assertThat(r.inRoom()).isEqualTo(Duration.ofHours(4));
        assertThat(r.alert()).as("an arrival day is a part day and never alerts").isFalse();
    }
}
