package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * "Within N days beginning with X" (C-04: X is day 1): sex offender notifications SO-01 (initial), SO-02
 * (changes), SO-04 (staying in a household with a child, from the first day of the stay) and SO-05 (bank,
 * card and identity documents). For SO-01 time in custody, hospital or abroad is not counted: start the clock
 * on the day the person is back.
 */
public final class DaysBeginningWithRule implements StatutoryRule {

    /** Local parameters: the number of days, and when to warn. */
    public record Params(int days, DayWarning warning) {
        public Params {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1: " + days);
            }
            Objects.requireNonNull(warning, "warning");
        }
    }

    private final RuleId id;
    private final Params params;

    public DaysBeginningWithRule(RuleId id, Params params) {
        this.id = Objects.requireNonNull(id, "id");
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public String summary() {
        return "By the end of day " + params.days() + ", the start day being day 1";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        LocalDate last = Counting.lastDayBeginningWith(start, params.days());
        return new Schedule(id, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.dayWarning(start, last, params.warning()), List.of());
    }
}
