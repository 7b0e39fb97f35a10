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
 * PP-06: an emergency protection order lasts at most 8 days; where the designated officer applied, the 8 days
 * begin with the first day of police protection (pass that as the start). It can be extended once by up to
 * 7 days: milestone {@code extended} is the latest an extended order can end.
 */
public final class EmergencyProtectionOrder implements StatutoryRule {

    /** Local parameters. */
    public record Params(int days, int maxExtensionDays, DayWarning warning) {
        public Params {
            if (days < 1 || maxExtensionDays < 0) {
                throw new IllegalArgumentException("days must be at least 1 and the extension not negative");
            }
            Objects.requireNonNull(warning, "warning");
        }

        /** RULES.md defaults: 8 days, one extension of up to 7; warn 1 day before. */
        public static Params defaults() {
            return new Params(8, 7, DayWarning.daysBeforeAtNine(1));
        }
    }

    private final Params params;

    public EmergencyProtectionOrder(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.PP_06;
    }

    @Override
    public String summary() {
        return "Ends at the end of day " + params.days() + " (the first day counted as day 1); one extension of up to "
                + params.maxExtensionDays() + " days";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        LocalDate last = Counting.lastDayBeginningWith(start, params.days());
        LocalDate extended = last.plusDays(params.maxExtensionDays());
        return new Schedule(RuleId.PP_06, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.dayWarning(start, last, params.warning()),
                List.of(new Schedule.Milestone("extended", "Latest end of an extended order",
                        LondonTime.endOf(extended), Schedule.DueKind.END_OF_DAY)));
    }
}
