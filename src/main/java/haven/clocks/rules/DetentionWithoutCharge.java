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
 * PACE-06: detention without charge, on the detention clock from the relevant time (C-06): 24 h; milestone
 * {@code extended} is the 36 h a superintendent may allow; milestone {@code warrant-maximum} the 96 h a warrant
 * of further detention allows at most.
 */
public final class DetentionWithoutCharge implements StatutoryRule {

    /** Local parameters (statutory limits; the warnings are local). */
    public record Params(Duration limit, Duration superintendentExtension, Duration warrantMaximum,
                         List<Duration> warningsAfterStart) {
        public Params {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(superintendentExtension, "superintendentExtension");
            Objects.requireNonNull(warrantMaximum, "warrantMaximum");
            warningsAfterStart = warningsAfterStart == null ? List.of() : List.copyOf(warningsAfterStart);
        }

        /** RULES.md defaults: 24 h, 36 h, 96 h; warn at 18 h and 22 h. */
        public static Params defaults() {
            return new Params(Duration.ofHours(24), Duration.ofHours(36), Duration.ofHours(96),
                    List.of(Duration.ofHours(18), Duration.ofHours(22)));
        }
    }

    private final Params params;

    public DetentionWithoutCharge(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.PACE_06;
    }

    @Override
    public String summary() {
        return Counting.hours(params.limit()) + " from the relevant time; " + Counting.hours(params.superintendentExtension())
                + " if extended; at most " + Counting.hours(params.warrantMaximum()) + " with a warrant";
    }

    @Override
    public Schedule scheduleFrom(Instant relevantTime, Jurisdiction jurisdiction) {
        Instant due = relevantTime.plus(params.limit());
        return new Schedule(RuleId.PACE_06, jurisdiction, relevantTime, due, Schedule.DueKind.AT_INSTANT,
                Counting.elapsedWarnings(relevantTime, params.warningsAfterStart(), due),
                List.of(new Schedule.Milestone("extended", "Limit if a superintendent extends detention",
                                relevantTime.plus(params.superintendentExtension()), Schedule.DueKind.AT_INSTANT),
                        new Schedule.Milestone("warrant-maximum", "Longest detention with a warrant of further detention",
                                relevantTime.plus(params.warrantMaximum()), Schedule.DueKind.AT_INSTANT)));
    }
}
