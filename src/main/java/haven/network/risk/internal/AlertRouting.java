package haven.network.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Who a co-location alert goes to. On the adult's side: the offender manager involved in
 * their case, or else the offender managers of the police agency that flagged them, or
 * else those of any police agency covering the child's area. On the child's side: the
 * child's allocated social worker, or else the safeguarding hub of the child's local
 * authority, or (where the authority has no hub on Haven) its named senior lead. A user chosen on both sides is listed once, with both reasons.
 */
public final class AlertRouting {

    /** A member of staff who might receive the alert, and why. */
    public record Candidate(long userId, String why) {
    }

    /** The candidates found for one alert, in order of preference on each side. */
    public record Candidates(List<Candidate> offenderManagersInvolved, List<Candidate> flaggingAgencyOffenderManagers,
                             List<Candidate> areaOffenderManagers, List<Candidate> socialWorkersInvolved,
                             List<Candidate> safeguardingHub, List<Candidate> childrensServicesLeads) {
    }

    private AlertRouting() {
    }

    public static List<Candidate> route(Candidates c) {
        var chosen = new LinkedHashMap<Long, String>();
        add(chosen, firstNonEmpty(c.offenderManagersInvolved(), c.flaggingAgencyOffenderManagers(), c.areaOffenderManagers()));
        add(chosen, firstNonEmpty(c.socialWorkersInvolved(), c.safeguardingHub(), c.childrensServicesLeads()));
        var result = new ArrayList<Candidate>();
        chosen.forEach((id, why) -> result.add(new Candidate(id, why)));
        return result;
    }

    @SafeVarargs
    private static List<Candidate> firstNonEmpty(List<Candidate>... lists) {
        for (var l : lists) {
            if (l != null && !l.isEmpty()) {
                return l;
            }
        }
        return List.of();
    }

    private static void add(LinkedHashMap<Long, String> chosen, List<Candidate> candidates) {
        for (var c : candidates) {
            chosen.merge(c.userId(), c.why(), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
    }
}
