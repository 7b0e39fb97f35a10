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
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * DA-06 (Operation Encompass): after a police-attended domestic abuse incident the child's school is told
 * before the start of the next school day, that is the first school-day start after the incident. School days
 * are taken as working days (C-02); the start time is local (default 08:30).
 */
public final class OperationEncompass implements StatutoryRule {

    /** Local parameters. */
    public record Params(LocalTime schoolDayStarts, Duration warnBefore) {
        public Params {
            Objects.requireNonNull(schoolDayStarts, "schoolDayStarts");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }

        /** RULES.md default: school starts 08:30; warn 1 h before. */
        public static Params defaults() {
            return new Params(LocalTime.of(8, 30), Duration.ofHours(1));
        }
    }

    private final Params params;
    private final WorkingDayCalendar calendar;

    public OperationEncompass(Params params, WorkingDayCalendar calendar) {
        this.params = Objects.requireNonNull(params, "params");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public RuleId id() {
        return RuleId.DA_06;
    }

    @Override
    public String summary() {
        return "Before " + params.schoolDayStarts() + " on the next school day";
    }

    @Override
    public Schedule scheduleFrom(Instant incident, Jurisdiction jurisdiction) {
        LocalDate day = LondonTime.dateOf(incident);
        if (!calendar.isWorkingDay(day) || !LondonTime.at(day, params.schoolDayStarts()).isAfter(incident)) {
            day = calendar.nextWorkingDay(day);
        }
        Instant due = LondonTime.at(day, params.schoolDayStarts());
        Instant warn = due.minus(params.warnBefore());
        return new Schedule(RuleId.DA_06, jurisdiction, incident, due, Schedule.DueKind.AT_INSTANT,
                warn.isAfter(incident) ? List.of(new Schedule.Warning(warn, "school day starts soon")) : List.of(),
                List.of());
    }
}
