package haven.meetings.domain;

import haven.meetings.InviteeAgency;
import haven.meetings.Investigation;
import haven.meetings.RecordDiscussion;
import haven.meetings.Seniority;
import haven.platform.web.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the record of a strategy discussion must hold. CP-02: at least social care, health and
 * police take part. A discussion held after its CP-02 deadline records the reason for the delay.
 * A single-agency decision (or none) taken with only a constable for the police goes to a
 * supervisor for review.
 */
public final class DiscussionRules {
    static final Set<InviteeAgency> REQUIRED = EnumSet.of(InviteeAgency.POLICE, InviteeAgency.SOCIAL_CARE, InviteeAgency.HEALTH);

    private DiscussionRules() {
    }

    /** One invitee as the rules see them. */
    public record Attendee(long inviteeId, InviteeAgency agency, Seniority seniority) {
    }

    public static List<FieldProblem> problems(RecordDiscussion r, List<Attendee> invitees, Instant now, Instant convenedAt,
                                              Instant due, boolean alreadyHeld) {
        var problems = new ArrayList<FieldProblem>();
        if (alreadyHeld) {
            problems.add(new FieldProblem("heldAt", "This strategy discussion is already recorded"));
            return problems;
        }
        if (r.heldAt() == null) {
            problems.add(new FieldProblem("heldAt", "Enter when the discussion was held"));
        } else if (r.heldAt().isAfter(now)) {
            problems.add(new FieldProblem("heldAt", "The discussion cannot be recorded before it is held"));
        } else if (r.heldAt().isBefore(convenedAt)) {
            problems.add(new FieldProblem("heldAt", "The discussion cannot be held before it was convened"));
        }
        var present = EnumSet.noneOf(InviteeAgency.class);
        for (var a : invitees) {
            if (r.attended().contains(a.inviteeId())) {
                present.add(a.agency());
            }
        }
        var absent = EnumSet.copyOf(REQUIRED);
        absent.removeAll(present);
        if (!absent.isEmpty()) {
            problems.add(new FieldProblem("attended", "A strategy discussion needs police, children's social care and health:"
                    + " record who attended for " + absent.stream().map(InviteeAgency::label).toList()));
        }
        if (r.informationShared() == null || r.informationShared().isBlank()) {
            problems.add(new FieldProblem("informationShared", "Enter the information each agency shared"));
        }
        if (r.investigation() == null) {
            problems.add(new FieldProblem("investigation", "Choose how the concern will be investigated"));
        }
        if (r.rationale() == null || r.rationale().isBlank()) {
            problems.add(new FieldProblem("rationale", "Enter the reasons for the decisions"));
        }
        if (r.heldAt() != null && !r.heldAt().isBefore(due) && (r.reasonForDelay() == null || r.reasonForDelay().isBlank())) {
            problems.add(new FieldProblem("reasonForDelay",
                    "The discussion was held after the CP-02 deadline: enter the reason for the delay"));
        }
        return problems;
    }

    /**
     * A decision not to investigate jointly, made with no police attendee above constable, needs
     * a supervisor's review.
     */
    public static boolean needsSupervisorReview(RecordDiscussion r, List<Attendee> invitees) {
        if (r.investigation() == null || !r.investigation().singleAgencyOrNone()) {
            return false;
        }
        return invitees.stream()
                .filter(a -> r.attended().contains(a.inviteeId()) && a.agency() == InviteeAgency.POLICE)
                .noneMatch(a -> a.seniority() != Seniority.PRACTITIONER);
    }

    /** Whether the decision starts the initial child protection conference clock (CP-05). */
    public static boolean startsConferenceClock(RecordDiscussion r) {
        return r.s47Enquiries();
    }

    public static boolean isLate(Instant at, Instant due) {
        return !at.isBefore(due);
    }

    public static boolean needsReasonForDelay(Instant at, Instant due, String reason) {
        return isLate(at, due) && (reason == null || reason.isBlank());
    }

    public static Investigation orNone(Investigation i) {
        return i == null ? Investigation.NONE : i;
    }
}
