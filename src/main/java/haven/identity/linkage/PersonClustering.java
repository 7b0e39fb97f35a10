package haven.identity.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * Groups records into persons: the linked pairs, strongest first, join their records' groups unless the joined
 * group would hold two different valid NHS numbers or (when configured) two different recorded sexes. A chain of
 * links therefore cannot carry a guard around.
 */
public final class PersonClustering {
    private PersonClustering() {
    }

    /** For each record index, the index of the first record of its person. */
    public static int[] cluster(List<PreparedRecord> records, ScoredPairs pairs, LinkageSettings settings) {
        int n = records.size();
        int[] parent = new int[n];
        String[] nhs = new String[n];
        char[] sex = new char[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            nhs[i] = records.get(i).nhsNumber;
            sex[i] = records.get(i).sex;
        }
        Integer[] order = linkedPairsStrongestFirst(pairs);
        for (int idx : order) {
            int ra = find(parent, pairs.left(idx));
            int rb = find(parent, pairs.right(idx));
            if (ra == rb) {
                continue;
            }
            if (nhs[ra] != null && nhs[rb] != null && !nhs[ra].equals(nhs[rb])) {
                continue;
            }
            if (settings.differentSexesCannotMatch() && sex[ra] != 0 && sex[rb] != 0 && sex[ra] != sex[rb]) {
                continue;
            }
            int root = Math.min(ra, rb), other = Math.max(ra, rb);
            parent[other] = root;
            if (nhs[root] == null) {
                nhs[root] = nhs[other];
            }
            if (sex[root] == 0) {
                sex[root] = sex[other];
            }
        }
        int[] person = new int[n];
        for (int i = 0; i < n; i++) {
            person[i] = find(parent, i);
        }
        return person;
    }

    private static Integer[] linkedPairsStrongestFirst(ScoredPairs pairs) {
        int count = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.verdict(i) == Verdict.LINK) {
                count++;
            }
        }
        Integer[] order = new Integer[count];
        int k = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.verdict(i) == Verdict.LINK) {
                order[k++] = i;
            }
        }
        Arrays.sort(order, (x, y) -> Double.compare(pairs.weight(y), pairs.weight(x)));
        return order;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
