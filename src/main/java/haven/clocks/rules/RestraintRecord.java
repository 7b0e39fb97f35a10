package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * SE-03: a restraint in a children's home is recorded within 24 h; milestone {@code manager}: a manager speaks to
 * the staff and signs within 48 h; milestone {@code child}: the child is spoken to within 5 days (by the end of
 * the 5th London day after the restraint).
 */
public final class RestraintRecord implements StatutoryRule {

    /** Local parameters. */
    public record Params(Duration record, Duration managerSignOff, int childSpokenToDays, List<Duration> warningsAfterStart) {
        public Params {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(managerSignOff, "managerSignOff");
            if (childSpokenToDays < 0) {
                throw new IllegalArgumentException("childSpokenToDays must not be negative");
            }
            warningsAfterStart = warningsAfterStart == null ? List.of() : List.copyOf(warningsAfterStart);
        }

        /** RULES.md defaults: 24 h, 48 h, 5 days; warn at 18 h. */
        public static Params defaults() {
            return new Params(Duration.ofHours(24), Duration.ofHours(48), 5, List.of(Duration.ofHours(18)));
        }
    }

    private final Params params;

    public RestraintRecord(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.SE_03;
    }

    @Override
    public String summary() {
        return "Recorded within " + Counting.hours(params.record()) + "; manager signs within "
                + Counting.hours(params.managerSignOff()) + "; child spoken to within " + params.childSpokenToDays() + " days";
    }

    @Override
    public Schedule scheduleFrom(Instant restraint, Jurisdiction jurisdiction) {
        Instant due = restraint.plus(params.record());
        LocalDate childBy = LondonTime.dateOf(restraint).plusDays(params.childSpokenToDays());
        return new Schedule(RuleId.SE_03, jurisdiction, restraint, due, Schedule.DueKind.AT_INSTANT,
                Counting.elapsedWarnings(restraint, params.warningsAfterStart(), due),
                List.of(new Schedule.Milestone("manager", "Manager has spoken to the staff and signed",
                                restraint.plus(params.managerSignOff()), Schedule.DueKind.AT_INSTANT),
                        new Schedule.Milestone("child", "Child spoken to about the restraint",
                                LondonTime.endOf(childBy), Schedule.DueKind.END_OF_DAY)));
    }
}
