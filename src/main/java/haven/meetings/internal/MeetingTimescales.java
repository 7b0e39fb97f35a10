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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines meetings work to, all asked of {@code haven.clocks}: CP-02 (strategy discussion)
 * and CP-05 (initial conference), both put on the clocks' deadline register; the supervisor
 * review clock (a local number of working days on the clocks' calendar, C-03 counting, until the
 * clocks module names a rule for it) and action due days (end of the London day).
 */
@Component
public class MeetingTimescales {
    public static final String SUBJECT = "strategy-discussion";

    private final Clocks clocks;
    private final Clock clock;
    private final int reviewWorkingDays;

    MeetingTimescales(Clocks clocks, Clock clock,
                      @Value("${haven.meetings.supervisor-review-working-days:1}") int reviewWorkingDays) {
        this.clocks = clocks;
        this.clock = clock;
        this.reviewWorkingDays = reviewWorkingDays;
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
        clocks.open(OpenDeadline.of(rule, j, SUBJECT, String.valueOf(discussionId), start, ownerUserId));
    }

    /** Meets the open CP-02 or CP-05 deadline of a discussion; one done on time but entered late says so. */
    public void meet(RuleId rule, long discussionId, Instant happenedAt, String reasonForDelay) {
        clocks.forSubject(SUBJECT, String.valueOf(discussionId)).stream().filter(d -> d.rule() == rule && d.isOpen())
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

    /** The supervisor review clock: the end of the Nth working day after the request (C-03 counting). */
    public Instant supervisorReviewDue(Instant requested) {
        LocalDate last = clocks.rules().calendar().addWorkingDays(LondonTime.dateOf(requested), reviewWorkingDays);
        return LondonTime.endOf(last);
    }

    /** An action is due by the end of its London day. */
    public Instant endOf(LocalDate day) {
        return LondonTime.endOf(day);
    }

    public LocalDate today(Instant now) {
        return LondonTime.dateOf(now);
    }
}
