package haven.network.risk;

import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to follow out from a node: how many hops (1 to 3), which link types (the
 * foundation's link types, plus {@code EVENT} for taking part in an event), and whether
 * links that have ended count.
 */
public record NetworkQuery(int hops, Set<String> types, boolean includeEnded) {
    /** Every link type, without events. */
    public static final Set<String> LINK_TYPES = Set.of("PARENT", "CARER", "SIBLING", "PARTNER", "ASSOCIATE",
            "HOUSEHOLD_MEMBER", "LIVES_AT", "STAYS_AT", "FREQUENTS", "USES", "OWNS", "DRIVES");
    public static final String EVENT = "EVENT";
    public static final int MAX_HOPS = 3;

    public NetworkQuery {
        types = types == null || types.isEmpty() ? LINK_TYPES : Set.copyOf(types);
    }

    public static NetworkQuery twoHops() {
        return new NetworkQuery(2, LINK_TYPES, false);
    }

    /** Problems naming each bad field; empty when the query may run. */
    public List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (hops < 1 || hops > MAX_HOPS) {
            problems.add(new FieldProblem("hops", "Hops must be a whole number from 1 to " + MAX_HOPS));
        }
        var known = new TreeSet<>(LINK_TYPES);
        known.add(EVENT);
        if (!known.containsAll(types)) {
            problems.add(new FieldProblem("types", "Link types must be among " + known));
        }
        return problems;
    }

    public NetworkQuery validated() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return this;
    }
}
