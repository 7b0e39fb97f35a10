package haven.clocks.rules;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When to warn before a day-based deadline: at a London time on the day {@code daysBefore} days (working days for
 * working-day rules) before the last day allowed; {@code daysBefore = 0} warns on the last day itself.
 */
public record DayWarning(int daysBefore, LocalTime at) {
    public DayWarning {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("daysBefore must not be negative: " + daysBefore);
        }
        Objects.requireNonNull(at, "at");
    }

    /** Warn on the last day allowed, at noon. */
    public static DayWarning onTheDayAtNoon() {
        return new DayWarning(0, LocalTime.NOON);
    }

    /** Warn at 09:00 a number of days before the last day allowed. */
    public static DayWarning daysBeforeAtNine(int days) {
        return new DayWarning(days, LocalTime.of(9, 0));
    }
}
