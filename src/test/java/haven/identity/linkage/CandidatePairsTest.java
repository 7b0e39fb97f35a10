package haven.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private static List<String> pairs(CandidatePairs candidates) {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        candidates.forEach((a, b) -> out.add(a + "-" + b), true);
        Collections.sort(out);
        return out;
    }

    private static final List<BlockingRule> RULES = List.of(
            new BlockingRule("dob", r -> r.dob), new BlockingRule("surname", r -> r.surname));

    @Test
    void takesTheUnionOfTheRulesAndVisitsEachPairOnce() {
        List<PreparedRecord> records = Records.prepareAll(List.of(
                Records.person("0", "a", "smith", "2010-01-01").build(),
                Records.person("1", "b", "smith", "2010-01-01").build(),
                Records.person("2", "c", "smith", "2011-01-01").build(),
                Records.person("3", "d", "jones", "2011-01-01").build()));
        assertThat(pairs(new CandidatePairs(records, RULES, 100, false)))
                .containsExactly("0-1", "0-2", "1-2", "2-3");
    }

    @Test
    void skipsBlocksLargerThanTheCapWhileOtherRulesStillFindTheirPairs() {
        List<LinkageRecord> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(Records.person("" + i, "x", "smith", "2010-01-0" + (i + 1)).build());
        }
        people.add(Records.person("5", "x", "jones", "2010-01-01").build());
        CandidatePairs candidates = new CandidatePairs(Records.prepareAll(people), RULES, 3, false);
        assertThat(pairs(candidates)).containsExactly("0-5");
        assertThat(candidates.oversizeBlocks()).isEqualTo(1);
    }

    @Test
    void comparesOnlyAcrossSourcesWhenLinkingTwoFiles() {
        List<PreparedRecord> records = Records.prepareAll(List.of(
                Records.person("0", "a", "smith", null).source("x").build(),
                Records.person("1", "b", "smith", null).source("x").build(),
                Records.person("2", "c", "smith", null).source("y").build()));
        assertThat(pairs(new CandidatePairs(records, RULES, 100, true))).containsExactly("0-2", "1-2");
    }
}
