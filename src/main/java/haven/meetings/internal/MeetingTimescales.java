package haven.meetings.internal;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines meetings work to, all asked of {@code haven.clocks}: CP-02 (strategy discussion),
 * CP-05 (initial conference), the supervisor review clock (a local number of working days counted
 * on the clocks' working-day calendar) and action due days (end of the London day).
 */
@Component
public class MeetingTimescales {
    private final Rules rules = Rules.standard();
    private final int reviewWorkingDays;

    MeetingTimescales(@Value("${haven.meetings.supervisor-review-working-days:1}") int reviewWorkingDays) {
        this.reviewWorkingDays = reviewWorkingDays;
    }

    /** CP-02: from the decision to hold a strategy discussion. */
    public Schedule strategyDiscussion(Instant convened, Jurisdiction j) {
        return rules.schedule(RuleId.CP_02, convened, j);
    }

    /** CP-05: from the strategy discussion that started s47 enquiries. */
    public Schedule initialConference(Instant discussionHeld, Jurisdiction j) {
        return rules.schedule(RuleId.CP_05, discussionHeld, j);
    }

    /** The supervisor review clock: the end of the Nth working day after the request (C-03 counting). */
    public Instant supervisorReviewDue(Instant requested) {
        LocalDate last = rules.calendar().addWorkingDays(LondonTime.dateOf(requested), reviewWorkingDays);
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
