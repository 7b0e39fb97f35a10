package haven.clocks.register;

import java.util.Objects;

/** The result of asking the register to change a deadline: the changed deadline, or a refusal with the reason. */
public sealed interface Outcome {

    /** Done; {@code deadline} is the new version. */
    record Allowed(Deadline deadline) implements Outcome {
        public Allowed {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** Not done; {@code field} names the input at fault (or {@code "deadline"}), {@code reason} says why. */
    record Refused(String field, String reason) implements Outcome {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
