package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import haven.clocks.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * "Within N working days of X" (C-03), the same in England and Wales: CP-02 strategy discussion, CP-05 initial
 * conference, CP-07 first core group.
 */
public final class WorkingDaysRule implements StatutoryRule {

    /** Local parameters: how many working days, and when to warn. */
    public record Params(int workingDays, DayWarning warning) {
        public Params {
            if (workingDays < 0) {
                throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
            }
            Objects.requireNonNull(warning, "warning");
        }
    }

    private final RuleId id;
    private final Params params;
    private final WorkingDayCalendar calendar;

    public WorkingDaysRule(RuleId id, Params params, WorkingDayCalendar calendar) {
        this.id = Objects.requireNonNull(id, "id");
        this.params = Objects.requireNonNull(params, "params");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public String summary() {
        return "By the end of the " + params.workingDays() + "th working day after the start (start day is day 0)";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        LocalDate last = Counting.lastWorkingDay(calendar, start, params.workingDays());
        return new Schedule(id, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.workingDayWarning(calendar, start, last, params.warning()), List.of());
    }
}
