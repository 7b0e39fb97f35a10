package haven.clocks.register;

import java.time.Instant;

/** Something the sweep found to raise for one deadline; {@code at} is when it became due. */
public sealed interface Alert {

    long deadlineId();

    Instant at();

    /** Warning number {@code warningNumber} (1-based) of the deadline's schedule has been reached. */
    record WarningReached(long deadlineId, int warningNumber, Instant at) implements Alert {
    }

    /** The due time passed with the duty not done. */
    record BreachReached(long deadlineId, Instant at) implements Alert {
    }

    /** Escalation step {@code level} (1-based) is due: notify {@code target}. */
    record EscalationReached(long deadlineId, int level, EscalationTarget target, Instant at) implements Alert {
    }
}
