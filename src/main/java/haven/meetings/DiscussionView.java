package haven.meetings;

import java.time.Instant;
import java.util.List;

/** A strategy discussion as pages and the API show it, with its clocks. */
public record DiscussionView(long id, ConvenedFrom from, long childPersonId, long localAuthorityAgencyId, String jurisdiction,
                             String reason, long convenedBy, Instant convenedAt, Instant due, Instant heldAt, Boolean late,
                             String reasonForDelay, String informationShared, Investigation investigation,
                             Boolean s47Enquiries, Boolean immediateProtection, String rationale, Instant conferenceDue,
                             Instant conferenceHeldAt, Boolean conferenceLate, String conferenceReasonForDelay,
                             List<InviteeView> invitees, List<ActionView> actions) {

    /** Someone invited, and whether they attended (null until recorded). */
    public record InviteeView(long id, Long userId, String name, InviteeAgency agency, Seniority seniority, Boolean attended) {
        @Override
        public String toString() {
            return "InviteeView[id=" + id + "]";
        }
    }

    /** An agreed action on its clock. */
    public record ActionView(long id, String description, long ownerUserId, String ownerName, Instant due, Instant doneAt,
                             Boolean late, String reasonForDelay) {
        public boolean overdueAt(Instant now) {
            return doneAt == null && !now.isBefore(due);
        }
    }

    public boolean held() {
        return heldAt != null;
    }

    /** Not yet held and past CP-02: shown as late and flagged. */
    public boolean overdueAt(Instant now) {
        return heldAt == null && !now.isBefore(due);
    }

    public boolean conferenceOverdueAt(Instant now) {
        return conferenceDue != null && conferenceHeldAt == null && !now.isBefore(conferenceDue);
    }

    @Override
    public String toString() {
        return "DiscussionView[id=" + id + "]";
    }
}
