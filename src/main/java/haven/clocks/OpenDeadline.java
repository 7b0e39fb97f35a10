package haven.clocks;

import java.time.Instant;
import java.util.Objects;

/**
 * Command: put a deadline on the register. The due time and warnings come from the rule; the owner's team and agency
 * come from the access module.
 *
 * @param rule         the RULES.md rule
 * @param milestone    null for the rule's main deadline, or a milestone key of its schedule (for example
 *                     {@code "manager"} for SE-03's manager sign-off)
 * @param jurisdiction the case's jurisdiction
 * @param subjectType  what the deadline is about, in the calling module's words (for example {@code "referral"})
 * @param subjectId    the id of that thing in the calling module; never a name
 * @param start        when the rule's clock started
 * @param ownerUserId  the member of staff who must act
 */
public record OpenDeadline(RuleId rule, String milestone, Jurisdiction jurisdiction, String subjectType,
                           String subjectId, Instant start, long ownerUserId) {

    public OpenDeadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(start, "start");
        if (subjectType == null || subjectType.isBlank()) {
            throw new IllegalArgumentException("subjectType: say what the deadline is about");
        }
        if (subjectId == null || subjectId.isBlank()) {
            throw new IllegalArgumentException("subjectId: give the id of what the deadline is about");
        }
    }

    /** The rule's main deadline. */
    public static OpenDeadline of(RuleId rule, Jurisdiction jurisdiction, String subjectType, String subjectId,
                                  Instant start, long ownerUserId) {
        return new OpenDeadline(rule, null, jurisdiction, subjectType, subjectId, start, ownerUserId);
    }
}
