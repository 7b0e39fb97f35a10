package haven.referrals.internal;

import haven.clocks.Clocks;
import haven.clocks.DeadlineChange;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.OpenDeadline;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.platform.web.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the front door, all asked of {@code haven.clocks}: CP-01 for the decision,
 * put on the clocks' deadline register (so it is warned, breached and escalated up the chain
 * there), and the challenge clock, a local number of working days on the clocks' calendar (C-03
 * counting) until the clocks module names a rule for it.
 */
@Component
public class ReferralTimescales {
    static final String SUBJECT = "referral";

    private final Clocks clocks;
    private final Clock clock;
    private final int challengeWorkingDays;

    ReferralTimescales(Clocks clocks, Clock clock, @Value("${haven.referrals.challenge-working-days:2}") int challengeWorkingDays) {
        this.clocks = clocks;
        this.clock = clock;
        this.challengeWorkingDays = challengeWorkingDays;
    }

    /** CP-01: decision by the end of the first working day after the referral. */
    public Schedule decision(Instant sent, Jurisdiction jurisdiction) {
        return clocks.whatIsDue(RuleId.CP_01, sent, jurisdiction);
    }

    /** Puts the CP-01 deadline on the register, owned by the hub member who must act. */
    public void openDecisionClock(long referralId, Jurisdiction jurisdiction, Instant sent, long ownerUserId) {
        clocks.open(OpenDeadline.of(RuleId.CP_01, jurisdiction, SUBJECT, String.valueOf(referralId), sent, ownerUserId)); // CP-01
    }

    /**
     * Meets the CP-01 deadline on the register. A decision made on time but entered after the
     * due time says so, since the register counts from when it is told.
     */
    public void meetDecisionClock(long referralId, Instant decidedAt, String reasonForDelay) {
        open(RuleId.CP_01, String.valueOf(referralId)).ifPresent(d -> {
            String reason = reasonForDelay;
            if (reason == null && !clock.instant().isBefore(d.due())) {
                reason = "Decided on time at " + LondonTime.format(decidedAt) + "; entered in Haven later";
            }
            if (clocks.meet(d.id(), reason) instanceof DeadlineChange.Refused r) {
                throw new InvalidInput(r.field(), r.reason());
            }
        });
    }

    private Optional<DeadlineView> open(RuleId rule, String subjectId) {
        return clocks.forSubject(SUBJECT, subjectId).stream().filter(d -> d.rule() == rule && d.isOpen()).findFirst();
    }

    /** The challenge clock: the named manager answers by the end of the Nth working day after the challenge. */
    public Instant challengeDue(Instant raised) {
        LocalDate last = clocks.rules().calendar().addWorkingDays(LondonTime.dateOf(raised), challengeWorkingDays);
        return LondonTime.endOf(last);
    }

    public LocalDate londonDate(Instant at) {
        return LondonTime.dateOf(at);
    }
}
