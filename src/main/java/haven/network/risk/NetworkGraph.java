package haven.network.risk;

import java.util.List;

/**
 * Everything within {@code hops} links of a starting node, as one viewer may see it.
 * A person the viewer may not see is a node marked restricted, with no name and no id.
 */
public record NetworkGraph(String rootKey, int hops, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /**
     * One person, place, thing or event. {@code id} is null when the node is restricted;
     * {@code flags} are flag labels (no detail); {@code child} is true for someone under 18 (C-01).
     */
    public record Node(String key, NodeKind kind, Long id, int hop, String label, String detail, boolean child,
                       List<String> flags, boolean restricted) {
        public boolean flagged() {
            return !flags.isEmpty();
        }

        @Override
        public String toString() {
            return "Node[" + (restricted ? "restricted" : key) + "]";
        }
    }

    /** A link between two nodes, by their keys, with its type and whether it holds today. */
    public record Edge(String from, String to, String type, boolean current) {
    }

    public Node node(String key) {
        return nodes.stream().filter(n -> n.key().equals(key)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "NetworkGraph[root=" + rootKey + ", nodes=" + nodes.size() + "]";
    }
}
