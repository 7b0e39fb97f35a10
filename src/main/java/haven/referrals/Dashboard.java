package haven.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The front door in figures: sent, awaiting, decided by outcome, challenged; the share ending in
 * no further action per referring team and per local authority; the feedback rate; weekly
 * series; and the supervisor review queue and strategy discussions from meetings.
 */
public record Dashboard(long sent, long awaiting, long overdue, Map<DecisionOutcome, Long> decidedByOutcome, long challenged,
                        long openChallenges, long decidedLate, double feedbackRate, double averageQuality,
                        List<Share> nfaByTeam, List<Share> nfaByLocalAuthority, List<Week> weeks, long reviewQueue,
                        long reviewQueueOverdue, long discussionsWaiting, long discussionsOverdue, long discussionsHeldLate) {

    /** No-further-action share for one group. */
    public record Share(String group, long decided, long nfa, long sent) {
        public double share() {
            return decided == 0 ? 0 : (double) nfa / decided;
        }
    }

    /** One week of referrals (weeks start on Monday, London). */
    public record Week(LocalDate start, long sent, long decided, long nfa, long late) {
    }

    public long decided() {
        return decidedByOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    public double nfaShare() {
        long d = decided();
        return d == 0 ? 0 : (double) decidedByOutcome.getOrDefault(DecisionOutcome.NO_FURTHER_ACTION, 0L) / d;
    }
}
