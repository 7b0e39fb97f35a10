package haven.referrals.internal;

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
 * The deadlines of the front door, all asked of {@code haven.clocks}: CP-01 for the decision, and
 * the challenge clock (a local number of working days on the clocks' working-day calendar, C-03
 * counting) until the clocks module names a rule for it.
 */
@Component
public class ReferralTimescales {
    private final Rules rules = Rules.standard();
    private final int challengeWorkingDays;

    ReferralTimescales(@Value("${haven.referrals.challenge-working-days:2}") int challengeWorkingDays) {
        this.challengeWorkingDays = challengeWorkingDays;
    }

    /** CP-01: decision by the end of the first working day after the referral. */
    public Schedule decision(Instant sent, Jurisdiction jurisdiction) {
        return rules.schedule(RuleId.CP_01, sent, jurisdiction);
    }

    /** The challenge clock: the named manager answers by the end of the Nth working day after the challenge. */
    public Instant challengeDue(Instant raised) {
        LocalDate last = rules.calendar().addWorkingDays(LondonTime.dateOf(raised), challengeWorkingDays);
        return LondonTime.endOf(last);
    }

    public int challengeWorkingDays() {
        return challengeWorkingDays;
    }

    public LocalDate londonDate(Instant at) {
        return LondonTime.dateOf(at);
    }
}
