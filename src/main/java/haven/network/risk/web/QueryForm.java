package haven.network.risk.web;

import haven.network.risk.NetworkQuery;
import haven.platform.web.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The network page's form: hops, link types and whether to follow ended links and events; bad values name the field. */
public record QueryForm(String hops, List<String> types, boolean ended, boolean events) {

    static final List<String> GROUPS = List.of("family", "household", "associates", "places", "things");

    /** Link types by the group shown as a checkbox. */
    static Set<String> typesOf(String group) {
        return switch (group) {
            case "family" -> Set.of("PARENT", "CARER", "SIBLING", "PARTNER");
            case "household" -> Set.of("HOUSEHOLD_MEMBER");
            case "associates" -> Set.of("ASSOCIATE");
            case "places" -> Set.of("LIVES_AT", "STAYS_AT", "FREQUENTS");
            case "things" -> Set.of("USES", "OWNS", "DRIVES");
            default -> Set.of();
        };
    }

    public List<String> groups() {
        return types == null || types.isEmpty() ? GROUPS : types;
    }

    /** The query, or the problems with the form. */
    Object parse() {
        var problems = new ArrayList<FieldProblem>();
        int h = 2;
        if (hops != null && !hops.isBlank()) {
            try {
                h = Integer.parseInt(hops.strip());
            } catch (NumberFormatException e) {
                h = -1;
            }
            if (h < 1 || h > NetworkQuery.MAX_HOPS) {
                problems.add(new FieldProblem("hops", "Hops must be a whole number from 1 to " + NetworkQuery.MAX_HOPS));
            }
        }
        var chosen = new LinkedHashSet<String>();
        for (String g : groups()) {
            if (!GROUPS.contains(g)) {
                problems.add(new FieldProblem("types", "Choose link types from the list"));
                break;
            }
            chosen.addAll(typesOf(g));
        }
        if (events) {
            chosen.add(NetworkQuery.EVENT);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        return new NetworkQuery(h, chosen, ended);
    }
}
