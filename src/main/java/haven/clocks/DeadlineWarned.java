package haven.clocks;

import java.time.Instant;

/** A deadline reached warning number {@code warningNumber} of its schedule (1-based) at {@code at}. */
public record DeadlineWarned(long deadlineId, RuleId rule, String subjectType, String subjectId, long ownerUserId,
                             int warningNumber, Instant at) {
}
