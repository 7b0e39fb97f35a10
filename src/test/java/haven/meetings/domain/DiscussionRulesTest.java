package haven.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import haven.meetings.InviteeAgency;
import haven.meetings.Investigation;
import haven.meetings.RecordDiscussion;
import haven.meetings.Seniority;
import haven.platform.web.FieldProblem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscussionRulesTest {
    static final Instant CONVENED = Instant.parse("2025-06-02T09:00:00Z");
    static final Instant DUE = Instant.parse("2025-06-03T23:00:00Z"); // CP-02 default: end of the next working day
    static final List<DiscussionRules.Attendee> INVITEES = List.of(
            new DiscussionRules.Attendee(1, InviteeAgency.POLICE, Seniority.PRACTITIONER),
            new DiscussionRules.Attendee(2, InviteeAgency.SOCIAL_CARE, Seniority.FIRST_LINE_MANAGER),
            new DiscussionRules.Attendee(3, InviteeAgency.HEALTH, Seniority.PRACTITIONER),
            new DiscussionRules.Attendee(4, InviteeAgency.POLICE, Seniority.FIRST_LINE_MANAGER));

    static RecordDiscussion held(Instant at, List<Long> attended, Investigation i, String reasonForDelay) {
        return new RecordDiscussion(at, attended, "Police: two call-outs", i, true, false, "Disclosure of harm", reasonForDelay);
    }

    @Test
    void needsPoliceSocialCareAndHealthToAttend() { // CP-02
        var problems = DiscussionRules.problems(held(CONVENED.plusSeconds(3600), List.of(1L, 2L), Investigation.JOINT, null),
                INVITEES, DUE, CONVENED, DUE, false);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("attended");
        assertThat(problems.get(0).message()).contains("Health");
    }

    @Test
    void aDiscussionHeldAfterCp02NeedsTheReasonForDelay() { // CP-02
        var late = held(DUE.plusSeconds(60), List.of(1L, 2L, 3L), Investigation.JOINT, null);
        assertThat(DiscussionRules.problems(late, INVITEES, DUE.plusSeconds(120), CONVENED, DUE, false))
                .extracting(FieldProblem::field).containsExactly("reasonForDelay");
        var onTime = held(DUE.minusSeconds(60), List.of(1L, 2L, 3L), Investigation.JOINT, null);
        assertThat(DiscussionRules.problems(onTime, INVITEES, DUE, CONVENED, DUE, false)).isEmpty();
    }

    @Test
    void aConstablesSingleAgencyDecisionGoesToASupervisor() {
        assertThat(DiscussionRules.needsSupervisorReview(
                held(DUE, List.of(1L, 2L, 3L), Investigation.SINGLE_AGENCY_POLICE, null), INVITEES)).isTrue();
        assertThat(DiscussionRules.needsSupervisorReview(
                held(DUE, List.of(1L, 2L, 3L, 4L), Investigation.SINGLE_AGENCY_POLICE, null), INVITEES)).isFalse();
        assertThat(DiscussionRules.needsSupervisorReview(held(DUE, List.of(1L, 2L, 3L), Investigation.JOINT, null), INVITEES))
                .isFalse();
    }

    @Test
    void cannotBeRecordedBeforeItIsHeldOrTwice() {
        var future = held(DUE.plusSeconds(3600), List.of(1L, 2L, 3L), Investigation.JOINT, "x");
        assertThat(DiscussionRules.problems(future, INVITEES, DUE, CONVENED, DUE, false)).extracting(FieldProblem::field)
                .contains("heldAt");
        assertThat(DiscussionRules.problems(future, INVITEES, DUE, CONVENED, DUE, true)).extracting(FieldProblem::field)
                .containsExactly("heldAt");
    }
}
