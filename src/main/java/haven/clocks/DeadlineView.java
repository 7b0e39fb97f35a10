package haven.clocks;

import java.time.Instant;

/**
 * A deadline on the register as other modules and pages see it.
 *
 * @param status          {@code open}, {@code warned}, {@code breached}, {@code met} or {@code stopped}
 * @param escalationLevel how many escalation steps have been taken (0 before a breach)
 * @param late            for a met deadline, whether it was met late
 * @param reason          the reason for the delay (met late) or for stopping
 */
public record DeadlineView(long id, RuleId rule, String milestone, Jurisdiction jurisdiction, String subjectType,
                           String subjectId, long ownerUserId, String team, long agencyId, Instant start,
                           Instant due, Schedule.DueKind dueKind, String status, int escalationLevel,
                           Instant breachedAt, Instant closedAt, Boolean late, String reason) {

    /** Still needs action: open, warned or breached. */
    public boolean isOpen() {
        return closedAt == null;
    }

    /** Open and past its due time at {@code now}. */
    public boolean isOverdueAt(Instant now) {
        return isOpen() && !now.isBefore(due);
    }

    /** The due time as a practitioner reads it, in London time. */
    public String describeDue() {
        return Schedule.describe(due, dueKind);
    }

    /** What must happen, in practitioners' words. */
    public String title() {
        return rule.title();
    }

    @Override
    public String toString() {
        return "DeadlineView[id=" + id + ", rule=" + rule + ", status=" + status + "]";
    }
}
