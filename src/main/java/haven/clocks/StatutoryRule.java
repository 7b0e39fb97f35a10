package haven.clocks;

import java.time.Instant;

/**
 * A time rule from RULES.md: given when its clock starts and the case's jurisdiction, says when it falls due.
 * Implementations are pure and thread-safe; their local parameters are fixed when they are built.
 */
public interface StatutoryRule {

    /** The RULES.md id this rule implements. */
    RuleId id();

    /** One sentence on how the timescale is counted, with the current local parameters. */
    String summary();

    /**
     * Computes the schedule for a clock that started at {@code start}.
     *
     * @param start        when the rule's clock starts (for example when the child was taken into police protection)
     * @param jurisdiction the case's jurisdiction (C-07)
     */
    Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction);
}
