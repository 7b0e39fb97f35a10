package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import haven.clocks.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * AL-01: an allegation against someone who works with children goes to the LADO within 1 working day in England,
 * and within 24 h in Wales.
 */
public final class AllegationReferral implements StatutoryRule {

    /** Local parameters. */
    public record Params(int englandWorkingDays, DayWarning englandWarning, Duration wales,
                         List<Duration> walesWarningsAfterStart) {
        public Params {
            if (englandWorkingDays < 0) {
                throw new IllegalArgumentException("englandWorkingDays must not be negative");
            }
            Objects.requireNonNull(englandWarning, "englandWarning");
            Objects.requireNonNull(wales, "wales");
            walesWarningsAfterStart = walesWarningsAfterStart == null ? List.of() : List.copyOf(walesWarningsAfterStart);
        }

        /** RULES.md defaults: England 1 working day; Wales 24 h (warn at 18 h). */
        public static Params defaults() {
            return new Params(1, DayWarning.onTheDayAtNoon(), Duration.ofHours(24), List.of(Duration.ofHours(18)));
        }
    }

    private final Params params;
    private final WorkingDayCalendar calendar;

    public AllegationReferral(Params params, WorkingDayCalendar calendar) {
        this.params = Objects.requireNonNull(params, "params");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public RuleId id() {
        return RuleId.AL_01;
    }

    @Override
    public String summary() {
        return "England: by the end of the " + params.englandWorkingDays() + "th working day; Wales: within "
                + Counting.hours(params.wales());
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        if (jurisdiction == Jurisdiction.WALES) {
            Instant due = start.plus(params.wales());
            return new Schedule(RuleId.AL_01, jurisdiction, start, due, Schedule.DueKind.AT_INSTANT,
                    Counting.elapsedWarnings(start, params.walesWarningsAfterStart(), due), List.of());
        }
        LocalDate last = Counting.lastWorkingDay(calendar, start, params.englandWorkingDays());
        return new Schedule(RuleId.AL_01, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.workingDayWarning(calendar, start, last, params.englandWarning()), List.of());
    }
}
