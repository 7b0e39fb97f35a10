package haven.access;

/** Whether a user may open one person's record, and on what basis. */
public sealed interface AccessDecision {

    /** May open the record; {@code basis} is written to the access log. */
    record Allowed(String basis) implements AccessDecision {
    }

    /** May open the record only after giving a reason; the view is queued for a supervisor. */
    record ReasonRequired(String explanation) implements AccessDecision {
    }

    /** May not open the record; {@code explanation} says why and whom to ask. */
    record Refused(String explanation) implements AccessDecision {
    }

    default boolean mayView() {
        return this instanceof Allowed;
    }
}
