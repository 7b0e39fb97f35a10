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
 * CP-09: a serious incident is notified to the national review panel within 5 working days; the rapid review
 * follows within 15 working days (milestone {@code rapid-review}).
 */
public final class SeriousIncidentNotification implements StatutoryRule {

    /** Local parameters. */
    public record Params(int notifyWorkingDays, int rapidReviewWorkingDays, DayWarning warning) {
        public Params {
            if (notifyWorkingDays < 0 || rapidReviewWorkingDays < 0) {
                throw new IllegalArgumentException("working days must not be negative");
            }
            Objects.requireNonNull(warning, "warning");
        }

        /** RULES.md defaults: 5 and 15 working days; warn 1 working day before. */
        public static Params defaults() {
            return new Params(5, 15, DayWarning.daysBeforeAtNine(1));
        }
    }

    private final Params params;
    private final WorkingDayCalendar calendar;

    public SeriousIncidentNotification(Params params, WorkingDayCalendar calendar) {
        this.params = Objects.requireNonNull(params, "params");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public RuleId id() {
        return RuleId.CP_09;
    }

    @Override
    public String summary() {
        return "Panel notified within " + params.notifyWorkingDays() + " working days; rapid review within "
                + params.rapidReviewWorkingDays() + " working days";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        LocalDate last = Counting.lastWorkingDay(calendar, start, params.notifyWorkingDays());
        LocalDate review = Counting.lastWorkingDay(calendar, start, params.rapidReviewWorkingDays());
        return new Schedule(RuleId.CP_09, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.workingDayWarning(calendar, start, last, params.warning()),
                List.of(new Schedule.Milestone("rapid-review", "Rapid review completed",
                        LondonTime.endOf(review), Schedule.DueKind.END_OF_DAY)));
    }
}
