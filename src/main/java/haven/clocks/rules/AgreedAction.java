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
 * ACTION (local, not in RULES.md): an action agreed at a meeting, due by the end of the London day agreed. The
 * start passed to {@link #scheduleFrom} is the agreed due day (any time on it), so actions go on the same register,
 * sweep and escalation chain as statutory deadlines.
 */
public final class AgreedAction implements StatutoryRule {

    /** Local parameters: when to warn before the agreed day ends. */
    public record Params(DayWarning warning) {
        public Params {
            Objects.requireNonNull(warning, "warning");
        }

        /** Warn at 09:00 on the day before the agreed day. */
        public static Params defaults() {
            return new Params(DayWarning.daysBeforeAtNine(1));
        }
    }

    private final Params params;

    public AgreedAction(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.ACTION;
    }

    @Override
    public String summary() {
        return "By the end of the day agreed (the start given is the agreed day)";
    }

    @Override
    public Schedule scheduleFrom(Instant agreedDay, Jurisdiction jurisdiction) {
        LocalDate last = LondonTime.dateOf(agreedDay);
        return new Schedule(RuleId.ACTION, jurisdiction, agreedDay, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                List.of(new Schedule.Warning(LondonTime.at(last.minusDays(params.warning().daysBefore()),
                        params.warning().at()), "agreed action due soon")), List.of());
    }
}
