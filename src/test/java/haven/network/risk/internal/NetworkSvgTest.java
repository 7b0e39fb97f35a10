package haven.network.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import haven.network.risk.NetworkGraph;
import haven.network.risk.NodeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawing: every node placed inside the picture, flagged and restricted nodes marked, names escaped. */
class NetworkSvgTest {
    private static final NetworkGraph GRAPH = new NetworkGraph("P1", 2, List.of(
            new NetworkGraph.Node("P1", NodeKind.PERSON, 1L, 0, "Mia <Child>", "Child", true, List.of(), false),
            new NetworkGraph.Node("L2", NodeKind.LOCATION, 2L, 1, "3 Tanners Row", "", false, List.of(), false),
            new NetworkGraph.Node("P3", NodeKind.PERSON, 3L, 1, "Lyle Brackwater", "Adult", false,
                    List.of("Registered sex offender"), false),
            new NetworkGraph.Node("R1", NodeKind.PERSON, null, 2, "Restricted", "Child", true, List.of(), true)),
            List.of(new NetworkGraph.Edge("P1", "L2", "LIVES_AT", true), new NetworkGraph.Edge("P3", "L2", "LIVES_AT", true),
                    new NetworkGraph.Edge("P3", "R1", "PARENT", false)), false);

    @Test
    void drawsEveryNodeWithItsKindAndMarksTheFlaggedAndRestrictedOnes() {
        String svg = NetworkSvg.draw(GRAPH);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("class=\"haven-node ", -1)).hasSize(5);
        assertThat(svg).contains("haven-node--flagged\" data-key=\"P3\"").contains("haven-node--restricted\" data-key=\"restricted\"");
        assertThat(svg).contains("href=\"/network/people/3\"").contains("href=\"/network/locations/2\"");
        assertThat(svg).contains("stroke-dasharray").contains("Parent (ended)");
    }

    @Test
    void escapesNamesSoTheyCannotBreakThePage() {
        assertThat(NetworkSvg.draw(GRAPH)).contains("Mia &lt;Child&gt;").doesNotContain("<Child>");
    }

    @Test
    void placesEveryNodeInsideThePictureTheSameWayEachTime() {
        var hops = new java.util.LinkedHashMap<String, Integer>();
        GRAPH.nodes().forEach(n -> hops.put(n.key(), n.hop()));
        var edges = GRAPH.edges().stream().map(e -> new String[] {e.from(), e.to()}).toList();
        var first = ForceLayout.place("P1", hops, edges, 900, 640);
        var second = ForceLayout.place("P1", hops, edges, 900, 640);
        assertThat(first).isEqualTo(second);
        assertThat(first.get("P1")).isEqualTo(new ForceLayout.Point(450, 320));
        first.values().forEach(p -> {
            assertThat(p.x()).isBetween(0.0, 900.0);
            assertThat(p.y()).isBetween(0.0, 640.0);
        });
    }
}
