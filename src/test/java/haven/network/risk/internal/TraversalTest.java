package haven.network.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Breadth-first expansion of the network, one round trip per hop, on an in-memory graph. */
class TraversalTest {
    // A child P1 lives at L1 with P2; P2's partner P3 uses phone T1, which P4 also uses.
    private static final List<Traversal.Step> GRAPH = List.of(
            new Traversal.Step("P1", "L1", "LIVES_AT", true), new Traversal.Step("P2", "L1", "LIVES_AT", true),
            new Traversal.Step("P2", "P1", "PARENT", true), new Traversal.Step("P3", "P2", "PARTNER", true),
            new Traversal.Step("P3", "T1", "USES", true), new Traversal.Step("P4", "T1", "USES", true));

    private final List<Set<String>> asked = new ArrayList<>();

    private List<Traversal.Step> touching(Set<String> frontier) {
        asked.add(frontier);
        return GRAPH.stream().filter(s -> frontier.contains(s.from()) || frontier.contains(s.to())).toList();
    }

    @Test
    void reachesEachNodeAtItsShortestDistance() {
        var reach = Traversal.expand("P1", 3, 100, this::touching);
        assertThat(reach.hops()).containsEntry("P1", 0).containsEntry("L1", 1).containsEntry("P2", 1)
                .containsEntry("P3", 2).containsEntry("T1", 3).doesNotContainKey("P4");
        assertThat(reach.truncated()).isFalse();
    }

    @Test
    void asksTheStoreOncePerHopForTheWholeFrontier() {
        Traversal.expand("P1", 2, 100, this::touching);
        assertThat(asked).containsExactly(Set.of("P1"), Set.of("L1", "P2"));
    }

    @Test
    void keepsALinkSeenFromBothEndsOnce() {
        var reach = Traversal.expand("P1", 2, 100, this::touching);
        assertThat(reach.edges()).filteredOn(e -> e.type().equals("LIVES_AT")).hasSize(2);
        assertThat(reach.edges()).filteredOn(e -> e.type().equals("PARENT")).hasSize(1);
    }

    @Test
    void stopsAddingNodesAtTheLimitAndSaysSo() {
        var reach = Traversal.expand("P1", 3, 3, this::touching);
        assertThat(reach.hops()).hasSize(3);
        assertThat(reach.truncated()).isTrue();
    }
}
