package haven.clocks;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a deadline in the register stands: open, warned, breached (still to do and late), met (on time, or late
 * with the reason for the delay) or stopped with a reason (the duty fell away, for example the child was released).
 */
public sealed interface DeadlineState {

    /** The status as stored and shown: {@code open}, {@code warned}, {@code breached}, {@code met}, {@code stopped}. */
    String code();

    /** Whether the deadline no longer needs action: met or stopped. */
    default boolean isClosed() {
        return this instanceof Met || this instanceof Stopped;
    }

    /** Open; no warning raised yet. */
    record Open() implements DeadlineState {
        public String code() {
            return "open";
        }
    }

    /** Open; {@code warningsRaised} of the schedule's warnings have been raised, the last at {@code lastWarnedAt}. */
    record Warned(int warningsRaised, Instant lastWarnedAt) implements DeadlineState {
        public Warned {
            Objects.requireNonNull(lastWarnedAt, "lastWarnedAt");
        }

        public String code() {
            return "warned";
        }
    }

    /** The due time passed at {@code at} with the duty still not done. */
    record Breached(Instant at) implements DeadlineState {
        public Breached {
            Objects.requireNonNull(at, "at");
        }

        public String code() {
            return "breached";
        }
    }

    /** Done at {@code at}; when late, {@code reasonForDelay} says why (never blank then). */
    record Met(Instant at, boolean late, String reasonForDelay) implements DeadlineState {
        public Met {
            Objects.requireNonNull(at, "at");
            if (late && (reasonForDelay == null || reasonForDelay.isBlank())) {
                throw new IllegalArgumentException("reasonForDelay: a late deadline needs the reason for the delay");
            }
        }

        public String code() {
            return "met";
        }
    }

    /** No longer needed from {@code at}, for {@code reason}. */
    record Stopped(Instant at, String reason) implements DeadlineState {
        public Stopped {
            Objects.requireNonNull(at, "at");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: stopping a deadline needs a reason");
            }
        }

        public String code() {
            return "stopped";
        }
    }
}
