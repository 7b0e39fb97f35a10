package haven.clocks;

import java.time.Instant;

/** A deadline's due time passed at {@code due} with the duty not done. */
public record DeadlineBreached(long deadlineId, RuleId rule, String subjectType, String subjectId, long ownerUserId,
                               Instant due) {
}
