package haven.identity.linkage.bench;

import haven.identity.linkage.ScoredPairs;
import haven.identity.linkage.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Wrong merges inside households: records of two different people of one household linked or put in one person. */
final class HouseholdErrors {
    private HouseholdErrors() {
    }

    static long linkedPairs(ScoredPairs pairs, LabelledDataset d) {
        long wrong = 0;
        for (int i = 0; i < pairs.size(); i++) {
            int a = pairs.left(i), b = pairs.right(i);
            if (pairs.verdict(i) == Verdict.LINK && d.truePerson()[a] != d.truePerson()[b]
                    && d.household()[a] != null && d.household()[a].equals(d.household()[b])) {
                wrong++;
            }
        }
        return wrong;
    }

    /** Prints both records of each linked pair that joins two people of one household, one pair to a line. */
    static void print(ScoredPairs pairs, LabelledDataset d, java.io.PrintStream out) {
        for (int i = 0; i < pairs.size(); i++) {
            int a = pairs.left(i), b = pairs.right(i);
            if (pairs.verdict(i) == Verdict.LINK && d.truePerson()[a] != d.truePerson()[b]
                    && d.household()[a] != null && d.household()[a].equals(d.household()[b])) {
                out.printf("  %s%n  %s%n  weight %.2f%n", fields(d.records().get(a)), fields(d.records().get(b)),
                        pairs.weight(i));
            }
        }
    }

    private static String fields(haven.identity.linkage.LinkageRecord r) {
        return String.join(" | ", r.id(), r.forename() + " " + r.surname(), "born " + r.dateOfBirth(), "sex " + r.sex(),
                r.address() + ", " + r.postcode(), "nhs " + r.nhsNumber(), "upn " + r.upn());
    }

    /** Records whose formed person also holds a record of a different person from the same household. */
    static long recordsMergedWithRelative(int[] personOf, LabelledDataset d) {
        Map<Integer, Map<String, Set<Integer>>> byPerson = new HashMap<>();
        for (int i = 0; i < personOf.length; i++) {
            if (d.household()[i] != null) {
                byPerson.computeIfAbsent(personOf[i], k -> new HashMap<>())
                        .computeIfAbsent(d.household()[i], k -> new HashSet<>()).add(d.truePerson()[i]);
            }
        }
        long count = 0;
        for (int i = 0; i < personOf.length; i++) {
            if (d.household()[i] != null && byPerson.get(personOf[i]).get(d.household()[i]).size() > 1) {
                count++;
            }
        }
        return count;
    }
}
