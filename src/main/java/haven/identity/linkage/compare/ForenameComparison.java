package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.Nicknames;
import haven.identity.linkage.PreparedRecord;
import java.util.List;

/** Forenames: exact, nickname (Bill and William), swapped with the surname, close spellings, sounds-alike, initial. */
public final class ForenameComparison implements Comparison {
    public static final int EXACT = 0, NICKNAME = 1, SWAPPED = 2, JW_92 = 3, PHONETIC = 4, JW_80 = 5, INITIAL = 6,
            DIFFERENT = 7;
    private static final List<String> LEVELS = List.of("exact", "nickname", "swapped with surname",
            "Jaro-Winkler >= 0.92", "sounds alike", "Jaro-Winkler >= 0.80", "initial only", "different");
    private final Nicknames nicknames;

    public ForenameComparison(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    @Override
    public String name() {
        return "forename";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Role role() {
        return Role.FORENAME;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        String x = a.forename, y = b.forename;
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        if (nicknames.equivalent(x, y)) {
            return NICKNAME;
        }
        if (x.equals(b.surname) && y.equals(a.surname)) {
            return SWAPPED;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? INITIAL : DIFFERENT;
        }
        double jw = JaroWinkler.similarityAtLeast(x, y, 0.80);
        if (jw >= 0.92) {
            return JW_92;
        }
        if (a.forenamePhonetic != null && a.forenamePhonetic.equals(b.forenamePhonetic)) {
            return PHONETIC;
        }
        if (jw >= 0.80) {
            return JW_80;
        }
        return SwappedNames.closelySwapped(a, b) ? SWAPPED : DIFFERENT;
    }

    @Override
    public String termFrequencyValue(PreparedRecord a, int level) {
        return level == EXACT ? a.forename : null;
    }
}
