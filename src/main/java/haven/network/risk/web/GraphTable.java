package haven.network.risk.web;

import haven.network.risk.NetworkGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The network as rows of a table, for screen readers and anyone who prefers text: each node and how it is linked. */
public record GraphTable(List<Row> rows) {

    /** One node: what it is, how far away, its flags and its links to other nodes. */
    public record Row(String key, String kind, String label, String detail, String href, int hop, List<String> flags,
               List<String> links, boolean restricted, boolean child) {
    }

    static GraphTable of(NetworkGraph graph) {
        Map<String, NetworkGraph.Node> byKey = new HashMap<>();
        graph.nodes().forEach(n -> byKey.put(n.key(), n));
        Map<String, List<String>> links = new HashMap<>();
        for (var e : graph.edges()) {
            var a = byKey.get(e.from());
            var b = byKey.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            String suffix = e.current() ? "" : " (ended)";
            links.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(label(e.type()) + ": " + b.label() + suffix);
            links.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(label(e.type()) + ": " + a.label() + suffix);
        }
        var rows = graph.nodes().stream().map(n -> new Row(n.key(), kind(n), n.label(), n.detail(), href(n), n.hop(), n.flags(),
                links.getOrDefault(n.key(), List.of()), n.restricted(), n.child())).toList();
        return new GraphTable(rows);
    }

    private static String kind(NetworkGraph.Node n) {
        return switch (n.kind()) {
            case PERSON -> n.child() ? "Child" : "Adult";
            case LOCATION -> "Place";
            case THING -> "Phone, vehicle or device";
            case EVENT -> "Event";
        };
    }

    static String href(NetworkGraph.Node n) {
        if (n.restricted() || n.id() == null) {
            return null;
        }
        return switch (n.kind()) {
            case PERSON -> "/network/people/" + n.id();
            case LOCATION -> "/network/locations/" + n.id();
            default -> null;
        };
    }

    static String label(String constant) {
        String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
