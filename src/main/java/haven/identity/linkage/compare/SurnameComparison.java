package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.PreparedRecord;
import java.util.List;

/**
 * Surnames: exact (weighted by how rare the surname is), one part of a hyphenated or double-barrelled surname, close
 * spellings and sounds-alike. Names written the other way round are one piece of evidence, not two: the forename
 * comparison's "swapped with surname" level counts it, and the surname then gives none (as if not recorded).
 */
public final class SurnameComparison implements Comparison {
    public static final int EXACT = 0, PART_OF_DOUBLE_BARRELLED = 1, JW_92 = 2, PHONETIC = 3, JW_80 = 4,
            DIFFERENT = 5;
    private static final List<String> LEVELS = List.of("exact", "part of a double-barrelled surname",
            "Jaro-Winkler >= 0.92", "sounds alike", "Jaro-Winkler >= 0.80", "different");

    @Override
    public String name() {
        return "surname";
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
        String x = a.surname, y = b.surname;
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        if (x.equals(b.forename) && y.equals(a.forename)) {
            return MISSING; // counted once, by the forename comparison
        }
        if (sharesPart(a.surnameParts, y) || sharesPart(b.surnameParts, x)) {
            return PART_OF_DOUBLE_BARRELLED;
        }
        double jw = JaroWinkler.similarityAtLeast(x, y, 0.80);
        if (jw >= 0.92) {
            return JW_92;
        }
        if (a.surnamePhonetic != null && a.surnamePhonetic.equals(b.surnamePhonetic)) {
            return PHONETIC;
        }
        if (jw >= 0.80) {
            return JW_80;
        }
        return SwappedNames.closelySwapped(a, b) ? MISSING : DIFFERENT;
    }

    @Override
    public String noEvidence(PreparedRecord a, PreparedRecord b) {
        return a.surname != null && b.surname != null ? "names swapped: counted with the forename"
                : "not recorded on both";
    }

    private static boolean sharesPart(String[] parts, String other) {
        if (parts == null) {
            return false;
        }
        for (String p : parts) {
            if (p.length() > 1 && (p.equals(other) || other.startsWith(p + "-") || other.endsWith("-" + p))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String termFrequencyValue(PreparedRecord a, int level) {
        return level == EXACT ? a.surname : null;
    }
}
