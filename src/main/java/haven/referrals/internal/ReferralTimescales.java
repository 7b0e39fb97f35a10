package haven.referrals.internal;

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
 * The deadlines of the front door, all asked of {@code haven.clocks} and put on its deadline
 * register (so they are warned, breached and escalated there): CP-01 for the decision, and the
 * local CHALLENGE clock for the named manager's answer to a challenge.
 */
@Component
public class ReferralTimescales {
    static final String SUBJECT = "referral";

    static final String CHALLENGE_SUBJECT = "referral-challenge";

    private final Clocks clocks;
    private final Clock clock;

    ReferralTimescales(Clocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
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
        meet(SUBJECT, RuleId.CP_01, referralId, decidedAt, reasonForDelay);
    }

    private void meet(String subject, RuleId rule, long subjectId, Instant decidedAt, String reasonForDelay) {
        clocks.forSubject(subject, String.valueOf(subjectId)).stream().filter(d -> d.rule() == rule && d.isOpen())
                .findFirst().ifPresent(d -> {
            String reason = reasonForDelay;
            if (reason == null && !clock.instant().isBefore(d.due())) {
                reason = "Decided on time at " + LondonTime.format(decidedAt) + "; entered in Haven later";
            }
            if (clocks.meet(d.id(), reason) instanceof DeadlineChange.Refused r) {
                throw new InvalidInput(r.field(), r.reason());
            }
        });
    }

    /** The local CHALLENGE clock: when the named manager must answer a challenge raised now. */
    public Instant challengeDue(Instant raised, Jurisdiction jurisdiction) {
        return clocks.whatIsDue(RuleId.CHALLENGE, raised, jurisdiction).due();
    }

    /** Puts the challenge on the register, owned by the named manager. */
    public void openChallengeClock(long challengeId, Jurisdiction jurisdiction, Instant raised, long managerUserId) {
        clocks.open(OpenDeadline.of(RuleId.CHALLENGE, jurisdiction, CHALLENGE_SUBJECT, String.valueOf(challengeId), raised,
                managerUserId));
    }

    public void meetChallengeClock(long challengeId, Instant answeredAt, String reasonForDelay) {
        meet(CHALLENGE_SUBJECT, RuleId.CHALLENGE, challengeId, answeredAt, reasonForDelay);
    }

    public LocalDate londonDate(Instant at) {
        return LondonTime.dateOf(at);
    }
}
