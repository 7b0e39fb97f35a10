package haven.clocks;

import java.time.Instant;

/** A deadline was met at {@code at}; when {@code late}, {@code reasonForDelay} says why. */
public record DeadlineMet(long deadlineId, RuleId rule, String subjectType, String subjectId, Instant at,
                          boolean late, String reasonForDelay) {
}
