package haven.clocks.register;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Who is told, and when: each warning goes to {@code warningTargets}; after a breach the steps run in order, step n
 * once {@code afterBreach} has passed since the breach (owner, then supervisor, then the agency's senior lead by
 * default). Every step taken is recorded; the deadline's escalation level is the number of steps taken.
 */
public record EscalationChain(List<EscalationTarget> warningTargets, List<Step> steps) {

    /** One step: notify {@code target} once {@code afterBreach} has passed since the breach. */
    public record Step(EscalationTarget target, Duration afterBreach) {
        public Step {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(afterBreach, "afterBreach");
            if (afterBreach.isNegative()) {
                throw new IllegalArgumentException("afterBreach must not be negative: " + afterBreach);
            }
        }
    }

    public EscalationChain {
        warningTargets = List.copyOf(Objects.requireNonNull(warningTargets, "warningTargets"));
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).afterBreach().compareTo(steps.get(i - 1).afterBreach()) < 0) {
                throw new IllegalArgumentException("steps must be in time order");
            }
        }
    }

    /** Warnings to the owner; on breach the owner at once, the supervisor after 2 h, the senior lead after 24 h. */
    public static EscalationChain defaults() {
        return new EscalationChain(List.of(EscalationTarget.OWNER), List.of(
                new Step(EscalationTarget.OWNER, Duration.ZERO),
                new Step(EscalationTarget.SUPERVISOR, Duration.ofHours(2)),
                new Step(EscalationTarget.SENIOR_LEAD, Duration.ofHours(24))));
    }
}
