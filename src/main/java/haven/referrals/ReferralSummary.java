package haven.referrals;

import java.time.Instant;

/** One line of a queue or list of referrals. */
public record ReferralSummary(long id, String reference, long childPersonId, String referrerAgency, String referrerTeam,
                              String localAuthority, Instant sentAt, Instant decisionDue, DecisionOutcome outcome,
                              Instant decidedAt, boolean openChallenge, int qualityScore, int escalationLevel) {
    public boolean overdueAt(Instant now) {
        return outcome == null && !now.isBefore(decisionDue);
    }

    public String status(Instant now) {
        if (openChallenge) {
            return "Challenged";
        }
        if (outcome != null) {
            return outcome.label();
        }
        return overdueAt(now) ? "Decision overdue" : "Awaiting decision";
    }
}
