package haven.referrals;

import java.time.Instant;
import java.util.List;

/** A referral as sent, with its CP-01 clock, the decisions, the challenges and the escalations. */
public record ReferralView(long id, String reference, long childPersonId, String childName, long referrerUserId,
                           String referrerName, String referrerAgency, String referrerTeam, Long referrerSupervisorId,
                           long localAuthorityAgencyId, String localAuthority, String jurisdiction,
                           List<ConcernCategory> categories, String whatHappened, String childsVoice,
                           String childsVoiceNotObtainedBecause, String demeanour, String demeanourNotObtainedBecause,
                           Consent consent, String lawfulBasis, String householdChildren, boolean noOtherChildren,
                           QualityScore quality, ReferralHistory history, Instant sentAt, Instant decisionDue,
                           List<Decision> decisions, List<Challenge> challenges, int escalationLevel) {

    /** A decision in force or replaced; the last is in force. */
    public record Decision(long id, DecisionOutcome outcome, String reason, boolean late, String reasonForDelay,
                           long decidedBy, String decidedByName, Instant decidedAt, Long replaces) {
    }

    /** A challenge to a decision, with the named manager and the challenge clock. */
    public record Challenge(long id, long decisionId, String grounds, long raisedBy, String raisedByName, Instant raisedAt,
                            long managerUserId, String managerName, Instant due, Instant answeredAt, Boolean upheld,
                            String response, Boolean late, String reasonForDelay) {
        public boolean open() {
            return answeredAt == null;
        }
    }

    public Decision decision() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    public Challenge openChallenge() {
        return challenges.stream().filter(Challenge::open).findFirst().orElse(null);
    }

    public boolean decided() {
        return !decisions.isEmpty();
    }

    public String status(Instant now) {
        if (openChallenge() != null) {
            return "Challenged";
        }
        if (decided()) {
            return "Decided";
        }
        return now.isBefore(decisionDue) ? "Awaiting decision" : "Decision overdue";
    }

    @Override
    public String toString() {
        return "ReferralView[id=" + id + "]";
    }
}
