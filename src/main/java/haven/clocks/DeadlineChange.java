package haven.clocks;

import java.util.Objects;

/** The result of meeting or stopping a deadline: the changed deadline, or a refusal naming the field at fault. */
public sealed interface DeadlineChange {

    /** Done. */
    record Changed(DeadlineView deadline) implements DeadlineChange {
        public Changed {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** Refused: {@code field} names the input at fault ({@code reasonForDelay}, {@code reason} or {@code deadline}). */
    record Refused(String field, String reason) implements DeadlineChange {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
