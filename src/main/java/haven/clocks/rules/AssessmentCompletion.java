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
 * CP-04: an assessment concludes within 45 working days of the referral in England, and within 42 working days of
 * the start of s47 enquiries in Wales. The caller passes the anchor its jurisdiction uses as the start.
 */
public final class AssessmentCompletion implements StatutoryRule {

    /** Local parameters. */
    public record Params(int englandWorkingDays, int walesWorkingDays, DayWarning warning) {
        public Params {
            if (englandWorkingDays < 0 || walesWorkingDays < 0) {
                throw new IllegalArgumentException("working days must not be negative");
            }
            Objects.requireNonNull(warning, "warning");
        }

        /** RULES.md defaults: England 45, Wales 42 working days; warn 5 working days before. */
        public static Params defaults() {
            return new Params(45, 42, DayWarning.daysBeforeAtNine(5));
        }
    }

    private final Params params;
    private final WorkingDayCalendar calendar;

    public AssessmentCompletion(Params params, WorkingDayCalendar calendar) {
        this.params = Objects.requireNonNull(params, "params");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public RuleId id() {
        return RuleId.CP_04;
    }

    @Override
    public String summary() {
        return "England: " + params.englandWorkingDays() + " working days from the referral; Wales: "
                + params.walesWorkingDays() + " working days from the start of s47 enquiries";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        int days = jurisdiction == Jurisdiction.WALES ? params.walesWorkingDays() : params.englandWorkingDays();
        LocalDate last = Counting.lastWorkingDay(calendar, start, days);
        return new Schedule(RuleId.CP_04, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.workingDayWarning(calendar, start, last, params.warning()), List.of());
    }
}
