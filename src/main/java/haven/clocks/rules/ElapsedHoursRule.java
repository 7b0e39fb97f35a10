package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A limit of real elapsed hours from the start (C-05), the same in England and Wales: PP-02 police protection
 * (72 h), PP-03 each police protection duty (2 h), M-04 return interview offered (72 h).
 */
public final class ElapsedHoursRule implements StatutoryRule {

    /** Local parameters: the limit and the warnings, both as time elapsed since the start. */
    public record Params(Duration limit, List<Duration> warningsAfterStart) {
        public Params {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
            warningsAfterStart = warningsAfterStart == null ? List.of() : List.copyOf(warningsAfterStart);
        }
    }

    private final RuleId id;
    private final Params params;

    public ElapsedHoursRule(RuleId id, Params params) {
        this.id = Objects.requireNonNull(id, "id");
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public String summary() {
        return Counting.hours(params.limit()) + " of real elapsed time from the start, across clock changes";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        Instant due = start.plus(params.limit());
        return new Schedule(id, jurisdiction, start, due, Schedule.DueKind.AT_INSTANT,
                Counting.elapsedWarnings(start, params.warningsAfterStart(), due), List.of());
    }
}
