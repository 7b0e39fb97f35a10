package haven.platform.rules;

/**
 * The answer of a policy (custody, police protection): allowed, carrying the id of what was recorded, or refused with
 * the rule, the field at fault and why. Refusals are results, not exceptions, so pages and the API can show them.
 */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {

    Verdict ALLOWED = new Allowed(0);

    /** Allowed, carrying the id of what was recorded. */
    static Verdict allowed(long id) {
        return new Allowed(id);
    }

    static Verdict refused(String rule, String field, String reason) {
        return new Refused(rule, field, reason);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The action may go ahead (or went ahead, recording the thing with {@code id}; 0 when nothing new). */
    record Allowed(long id) implements Verdict {
    }

    /** The action is refused; {@code rule} is a RULES.md id, {@code field} names the input at fault. */
    record Refused(String rule, String field, String reason) implements Verdict {
    }

    /** The first refusal among several checks, or allowed when all pass. */
    static Verdict firstRefusal(Verdict... verdicts) {
        for (Verdict v : verdicts) {
            if (!v.allowed()) {
                return v;
            }
        }
        return ALLOWED;
    }
}
