package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.PreparedRecord;
import java.util.List;

/**
 * Address lines compared as sets of words, a word counting as shared when spelt nearly the same (Jaro–Winkler
 * at least 0.9, or an exact house number): most, half, some or none of the words shared.
 */
public final class AddressComparison implements Comparison {
    private static final List<String> LEVELS = List.of("at least 80% of words shared", "at least half shared",
            "some words shared", "different");

    @Override
    public String name() {
        return "address";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Role role() {
        return Role.HOUSEHOLD;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        String[] x = a.addressTokens, y = b.addressTokens;
        if (x == null || y == null) {
            return MISSING;
        }
        int shared = 0;
        boolean[] used = new boolean[y.length];
        for (String t : x) {
            for (int j = 0; j < y.length; j++) {
                if (!used[j] && similar(t, y[j])) {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }
        double overlap = shared / (double) Math.max(x.length, y.length);
        if (overlap >= 0.8) {
            return 0;
        }
        if (overlap >= 0.5) {
            return 1;
        }
        return shared > 0 ? 2 : 3;
    }

    private static boolean similar(String s, String t) {
        if (s.equals(t)) {
            return true;
        }
        if (Character.isDigit(s.charAt(0)) || Character.isDigit(t.charAt(0)) || s.length() < 4 || t.length() < 4) {
            return false;
        }
        return JaroWinkler.similarityAtLeast(s, t, 0.9) >= 0.9;
    }
}
