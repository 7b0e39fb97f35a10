package haven.network.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first expansion of the risk network from one node, one hop at a time: each hop
 * asks the edge source for every edge touching the frontier in one go, so a 2-hop query
 * is two round trips however wide the network is. Stops adding nodes at {@code maxNodes}.
 */
public final class Traversal {

    /** Edges that touch any of the frontier's nodes; either end may be the frontier node. */
    @FunctionalInterface
    public interface EdgeSource {
        List<Step> edgesTouching(Set<String> frontier);
    }

    /** One edge between two node keys. */
    public record Step(String from, String to, String type, boolean current) {
        String other(String key) {
            return from.equals(key) ? to : from;
        }
    }

    /** The nodes reached with their hop distance (the root is 0), the edges between them, and whether it was cut short. */
    public record Reach(Map<String, Integer> hops, List<Step> edges, boolean truncated) {
    }

    private Traversal() {
    }

    public static Reach expand(String root, int hops, int maxNodes, EdgeSource source) {
        var reached = new LinkedHashMap<String, Integer>();
        reached.put(root, 0);
        var edges = new LinkedHashMap<String, Step>();
        Set<String> frontier = Set.of(root);
        boolean truncated = false;
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            var next = new LinkedHashSet<String>();
            for (var step : source.edgesTouching(frontier)) {
                String near = frontier.contains(step.from()) ? step.from() : step.to();
                String far = step.other(near);
                if (far.equals(near)) {
                    continue;
                }
                if (!reached.containsKey(far)) {
                    if (reached.size() >= maxNodes) {
                        truncated = true;
                        continue;
                    }
                    reached.put(far, hop);
                    next.add(far);
                }
                edges.putIfAbsent(key(step), step);
            }
            frontier = next;
        }
        return new Reach(reached, new ArrayList<>(edges.values()), truncated);
    }

    /** The same link seen from both ends is one edge. */
    private static String key(Step s) {
        boolean ordered = s.from().compareTo(s.to()) <= 0;
        return (ordered ? s.from() + "|" + s.to() : s.to() + "|" + s.from()) + "|" + s.type();
    }
}
