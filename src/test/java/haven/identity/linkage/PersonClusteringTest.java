package haven.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonClusteringTest {

    private static LinkageRecord.Builder r(String id) {
        return LinkageRecord.builder(id).forename("Amelia").surname("Okafor").dateOfBirth("2012-09-14");
    }

    @Test
    void joinsLinkedRecordsIntoOnePersonThroughAChain() {
        List<PreparedRecord> records = Records.prepareAll(List.of(r("a").build(), r("b").build(), r("c").build(),
                r("d").build()));
        ScoredPairs pairs = new ScoredPairs();
        pairs.add(0, 1, 20, Verdict.LINK);
        pairs.add(1, 2, 15, Verdict.LINK);
        pairs.add(2, 3, 1, Verdict.REVIEW);
        int[] person = PersonClustering.cluster(records, pairs, LinkageSettings.defaults());
        assertThat(person[0]).isEqualTo(person[1]).isEqualTo(person[2]);
        assertThat(person[3]).isNotEqualTo(person[0]);
    }

    @Test
    void aChainOfLinksCannotJoinTwoDifferentValidNhsNumbers() {
        List<PreparedRecord> records = Records.prepareAll(List.of(r("a").nhsNumber("9434765919").build(),
                r("b").build(), r("c").nhsNumber("4010232137").build()));
        ScoredPairs pairs = new ScoredPairs();
        pairs.add(0, 1, 20, Verdict.LINK);
        pairs.add(1, 2, 18, Verdict.LINK);
        int[] person = PersonClustering.cluster(records, pairs, LinkageSettings.defaults());
        assertThat(person[0]).isEqualTo(person[1]);
        assertThat(person[2]).isNotEqualTo(person[0]);
    }

    @Test
    void theStrongerLinkWinsWhenTwoRecordsCompeteForAMiddleOne() {
        List<PreparedRecord> records = Records.prepareAll(List.of(r("a").sex("F").build(), r("b").build(),
                r("c").sex("M").build()));
        ScoredPairs pairs = new ScoredPairs();
        pairs.add(0, 1, 10, Verdict.LINK);
        pairs.add(1, 2, 25, Verdict.LINK);
        int[] person = PersonClustering.cluster(records, pairs, LinkageSettings.defaults());
        assertThat(person[1]).isEqualTo(person[2]);
        assertThat(person[0]).isNotEqualTo(person[1]);
    }
}
