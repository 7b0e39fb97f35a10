package haven.secureestate;

import java.util.Objects;

/** The answer a secure-estate policy gives: allowed, or refused with the rule and the reason. */
public sealed interface Decision permits Decision.Allowed, Decision.Refused {

    static Decision allowed() {
        return new Allowed();
    }

    static Decision refused(String ruleId, String field, String reason) {
        return new Refused(ruleId, field, reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The action may go ahead. */
    record Allowed() implements Decision {
    }

    /** The action may not go ahead; {@code field} names the form field the practitioner must change. */
    record Refused(String ruleId, String field, String reason) implements Decision {
        public Refused {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
