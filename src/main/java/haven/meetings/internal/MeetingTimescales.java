package haven.meetings.internal;

import haven.clocks.Clocks;
import haven.clocks.DeadlineChange;
import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.OpenDeadline;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.platform.web.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The deadlines meetings work to, all asked of {@code haven.clocks} and put on its deadline
 * register: CP-02 (strategy discussion), CP-05 (initial conference), and the local
 * SUPERVISOR-REVIEW and ACTION clocks.
 */
@Component
public class MeetingTimescales {
    public static final String SUBJECT = "strategy-discussion";
    public static final String REVIEW_SUBJECT = "supervisor-review";
    public static final String ACTION_SUBJECT = "strategy-action";

    private final Clocks clocks;
    private final Clock clock;

    MeetingTimescales(Clocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    /** CP-02: from the decision to hold a strategy discussion. */
    public Schedule strategyDiscussion(Instant convened, Jurisdiction j) {
        return clocks.whatIsDue(RuleId.CP_02, convened, j);
    }

    /** CP-05: from the strategy discussion that started s47 enquiries. */
    public Schedule initialConference(Instant discussionHeld, Jurisdiction j) {
        return clocks.whatIsDue(RuleId.CP_05, discussionHeld, j);
    }

    /** Puts a CP-02 or CP-05 deadline for a discussion on the register. */
    public void open(RuleId rule, long discussionId, Jurisdiction j, Instant start, long ownerUserId) {
        open(SUBJECT, rule, discussionId, j, start, ownerUserId);
    }

    /** Puts a deadline about one of this module's records on the register. */
    public void open(String subject, RuleId rule, long subjectId, Jurisdiction j, Instant start, long ownerUserId) {
        clocks.open(OpenDeadline.of(rule, j, subject, String.valueOf(subjectId), start, ownerUserId));
    }

    /** Meets the open CP-02 or CP-05 deadline of a discussion; one done on time but entered late says so. */
    public void meet(RuleId rule, long discussionId, Instant happenedAt, String reasonForDelay) {
        meet(SUBJECT, rule, discussionId, happenedAt, reasonForDelay);
    }

    /** Meets the open deadline of one of this module's records on the register. */
    public void meet(String subject, RuleId rule, long subjectId, Instant happenedAt, String reasonForDelay) {
        clocks.forSubject(subject, String.valueOf(subjectId)).stream().filter(d -> d.rule() == rule && d.isOpen())
                .findFirst().ifPresent(d -> {
                    String reason = reasonForDelay;
                    if (reason == null && !clock.instant().isBefore(d.due())) {
                        reason = "Held on time at " + LondonTime.format(happenedAt) + "; entered in Haven later";
                    }
                    if (clocks.meet(d.id(), reason) instanceof DeadlineChange.Refused r) {
                        throw new InvalidInput(r.field(), r.reason());
                    }
                });
    }

    /** The local SUPERVISOR-REVIEW clock: when a review requested now is due. */
    public Instant supervisorReviewDue(Instant requested) {
        return clocks.whatIsDue(RuleId.SUPERVISOR_REVIEW, requested, Jurisdiction.ENGLAND).due();
    }

    /** The local ACTION clock: an agreed action is due by the end of the agreed London day. */
    public Instant actionDue(LocalDate day, Jurisdiction j) {
        return clocks.whatIsDue(RuleId.ACTION, LondonTime.startOf(day), j).due();
    }

    public LocalDate today(Instant now) {
        return LondonTime.dateOf(now);
    }
}
