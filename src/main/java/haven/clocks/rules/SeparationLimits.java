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
 * SE-04: separation in a secure training centre is observed at least every 15 minutes and never lasts more than
 * 3 hours continuously, nor more than 3 hours in total in any 24 hours. {@link #scheduleFrom} gives the continuous
 * limit (milestone {@code observation} is the first observation); {@link #limitReachedAt} also counts earlier
 * separations in the rolling window.
 */
public final class SeparationLimits implements StatutoryRule {

    /** A separation period; {@code end} is null while it lasts. */
    public record Separation(Instant start, Instant end) {
        public Separation {
            Objects.requireNonNull(start, "start");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("end must not be before start");
            }
        }
    }

    /** Local parameters (statutory figures; the warning is local). */
    public record Params(Duration continuous, Duration inWindow, Duration window, Duration observationInterval,
                         Duration warnBefore) {
        public Params {
            Objects.requireNonNull(continuous, "continuous");
            Objects.requireNonNull(inWindow, "inWindow");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(observationInterval, "observationInterval");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }

        /** RULES.md defaults: 3 h continuous, 3 h in 24 h, observed every 15 minutes; warn 30 minutes before. */
        public static Params defaults() {
            return new Params(Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(24), Duration.ofMinutes(15),
                    Duration.ofMinutes(30));
        }
    }

    private final Params params;

    public SeparationLimits(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.SE_04;
    }

    @Override
    public String summary() {
        return "At most " + Counting.hours(params.continuous()) + " continuously and " + Counting.hours(params.inWindow())
                + " in any " + Counting.hours(params.window()) + "; observed every " + Counting.hours(params.observationInterval());
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        Instant due = start.plus(params.continuous());
        return new Schedule(RuleId.SE_04, jurisdiction, start, due, Schedule.DueKind.AT_INSTANT,
                List.of(new Schedule.Warning(due.minus(params.warnBefore()), "separation limit near")),
                List.of(new Schedule.Milestone("observation", "First observation",
                        nextObservationDue(start), Schedule.DueKind.AT_INSTANT)));
    }

    /** The latest time of the next observation after one made (or after the separation began). */
    public Instant nextObservationDue(Instant lastObservation) {
        return lastObservation.plus(params.observationInterval());
    }

    /**
     * When a separation that began at {@code currentStart} and goes on reaches a limit: the continuous limit, or
     * the total in any rolling window counting the earlier separations, whichever comes first. Accurate to the second.
     */
    public Instant limitReachedAt(List<Separation> earlier, Instant currentStart) {
        Instant continuousLimit = currentStart.plus(params.continuous());
        for (Instant t = currentStart; t.isBefore(continuousLimit); t = t.plusSeconds(1)) {
            Duration total = Duration.between(currentStart, t).plus(earlierWithin(earlier, t.minus(params.window()), currentStart));
            if (total.compareTo(params.inWindow()) >= 0) {
                return t;
            }
        }
        return continuousLimit;
    }

    private static Duration earlierWithin(List<Separation> earlier, Instant from, Instant to) {
        Duration sum = Duration.ZERO;
        for (Separation s : earlier) {
            Instant end = s.end() == null || s.end().isAfter(to) ? to : s.end();
            Instant start = s.start().isBefore(from) ? from : s.start();
            if (end.isAfter(start)) {
                sum = sum.plus(Duration.between(start, end));
            }
        }
        return sum;
    }
}
