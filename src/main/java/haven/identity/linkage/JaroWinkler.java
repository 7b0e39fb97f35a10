package haven.identity.linkage;

/** Jaro–Winkler similarity without allocation per call beyond two small flag arrays; agrees with commons-text. */
public final class JaroWinkler {
    private JaroWinkler() {
    }

    /**
     * The similarity when it may reach {@code floor}, otherwise 0 without working it out: a bound from the letters
     * the two strings share rules out most pairs of unrelated values at the cost of one pass over each. Comparing
     * random pairs (to estimate u) is mostly such pairs.
     */
    public static double similarityAtLeast(String s1, String s2, double floor) {
        if (s1.equals(s2)) {
            return 1.0;
        }
        int l1 = s1.length();
        int l2 = s2.length();
        if (l1 == 0 || l2 == 0) {
            return 0.0;
        }
        long set1 = 0, set2 = 0;
        for (int i = 0; i < l1; i++) {
            set1 |= 1L << (s1.charAt(i) & 63);
        }
        for (int i = 0; i < l2; i++) {
            set2 |= 1L << (s2.charAt(i) & 63);
        }
        int in1 = 0, in2 = 0;
        for (int i = 0; i < l1; i++) {
            if ((set2 & (1L << (s1.charAt(i) & 63))) != 0) {
                in1++;
            }
        }
        for (int i = 0; i < l2; i++) {
            if ((set1 & (1L << (s2.charAt(i) & 63))) != 0) {
                in2++;
            }
        }
        double matches = Math.min(in1, in2);
        // Jaro is at most (m/l1 + m/l2 + 1) / 3 and the Winkler prefix adds at most 0.4 of what Jaro lacks
        double jaroBound = (matches / l1 + matches / l2 + 1) / 3.0;
        if (jaroBound + 0.4 * (1 - jaroBound) < floor) {
            return 0.0;
        }
        return similarity(s1, s2);
    }

    public static double similarity(String s1, String s2) {
        if (s1.equals(s2)) {
            return 1.0;
        }
        int l1 = s1.length();
        int l2 = s2.length();
        if (l1 == 0 || l2 == 0) {
            return 0.0;
        }
        int range = Math.max(0, Math.max(l1, l2) / 2 - 1);
        boolean[] m1 = new boolean[l1];
        boolean[] m2 = new boolean[l2];
        int matches = 0;
        for (int i = 0; i < l1; i++) {
            int lo = Math.max(0, i - range);
            int hi = Math.min(l2 - 1, i + range);
            char c = s1.charAt(i);
            for (int j = lo; j <= hi; j++) {
                if (!m2[j] && s2.charAt(j) == c) {
                    m1[i] = true;
                    m2[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < l1; i++) {
            if (m1[i]) {
                while (!m2[k]) {
                    k++;
                }
                if (s1.charAt(i) != s2.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / l1 + m / l2 + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(l1, l2)); i++) {
            if (s1.charAt(i) == s2.charAt(i)) {
                prefix++;
            } else {
                break;
            }
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
