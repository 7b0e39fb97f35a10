package haven.identity.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How common each forename and surname is, so that agreeing on a rare name counts for more than on a common one. */
public final class TermFrequencies {
    private final Map<String, Integer> forenames;
    private final Map<String, Integer> surnames;
    private final int total;

    private TermFrequencies(Map<String, Integer> forenames, Map<String, Integer> surnames, int total) {
        this.forenames = forenames;
        this.surnames = surnames;
        this.total = Math.max(1, total);
    }

    public static TermFrequencies of(List<PreparedRecord> records) {
        Map<String, Integer> f = new HashMap<>();
        Map<String, Integer> s = new HashMap<>();
        for (PreparedRecord r : records) {
            if (r.forename != null) {
                f.merge(r.forename, 1, Integer::sum);
            }
            if (r.surname != null) {
                s.merge(r.surname, 1, Integer::sum);
            }
        }
        return new TermFrequencies(f, s, records.size());
    }

    public static TermFrequencies none() {
        return new TermFrequencies(Map.of(), Map.of(), 1);
    }

    /** The smallest frequency the table can give (a value seen once). */
    public double minFrequency() {
        return 1.0 / total;
    }

    public boolean isEmpty() {
        return forenames.isEmpty() && surnames.isEmpty();
    }

    /** The share of records holding this value in the named field, or NaN when the table does not know it. */
    public double frequency(String field, String value) {
        Map<String, Integer> map = "forename".equals(field) ? forenames : "surname".equals(field) ? surnames : null;
        if (map == null || map.isEmpty()) {
            return Double.NaN;
        }
        Integer c = map.get(value);
        return (c == null ? 1 : c) / (double) total;
    }
}
