package haven.referrals;

import java.time.Instant;
import java.util.List;

/**
 * What Haven knew about the child when the referral was sent, attached for the receiving local
 * authority: previous referrals, flags, police history, and the flags and police history of
 * adults in the household. A snapshot: it shows what the hub was told, not what is known today.
 */
public record ReferralHistory(Instant gatheredAt, List<PreviousReferral> previousReferrals, List<FlagNote> flags,
                              List<EventNote> policeHistory, List<HouseholdAdult> householdAdults,
                              List<Long> householdChildren) {
    public ReferralHistory {
        previousReferrals = previousReferrals == null ? List.of() : List.copyOf(previousReferrals);
        flags = flags == null ? List.of() : List.copyOf(flags);
        policeHistory = policeHistory == null ? List.of() : List.copyOf(policeHistory);
        householdAdults = householdAdults == null ? List.of() : List.copyOf(householdAdults);
        householdChildren = householdChildren == null ? List.of() : List.copyOf(householdChildren);
    }

    /** An earlier referral: one sent through Haven, or one an agency recorded in its own system. */
    public record PreviousReferral(Instant at, String agency, String summary, String outcome) {
    }

    /** A warning marker, with whom to ask. */
    public record FlagNote(String label, String owner, String contact, String detail) {
    }

    /** An event in the police chronology and the person's part in it. */
    public record EventNote(Instant at, String type, String role, String summary) {
    }

    /** An adult linked to the child's household, with their flags and the police events where they were a suspect. */
    public record HouseholdAdult(long personId, String relationship, List<FlagNote> flags, List<EventNote> asSuspect) {
    }

    public int items() {
        return previousReferrals.size() + flags.size() + policeHistory.size()
                + householdAdults.stream().mapToInt(a -> a.flags().size() + a.asSuspect().size()).sum();
    }

    @Override
    public String toString() {
        return "ReferralHistory[items=" + items() + "]";
    }
}
