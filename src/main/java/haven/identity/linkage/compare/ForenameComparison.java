package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.Nicknames;
import haven.identity.linkage.PreparedRecord;
import java.util.List;

/**
 * Forenames: exact, nickname (Bill and William), two short forms of one name (Alfie and Freddie, both Alfred),
 * swapped with the surname, close spellings, sounds-alike, initial. Two short forms of one name are kept apart from a
 * nickname because each is often a name in its own right: brothers called Alfie and Freddie share only a root.
 */
public final class ForenameComparison implements Comparison {
    public static final int EXACT = 0, NICKNAME = 1, SHORT_FORMS_OF_ONE_NAME = 2, SWAPPED = 3, JW_92 = 4,
            PHONETIC = 5, JW_80 = 6, INITIAL = 7, DIFFERENT = 8;
    private static final List<String> LEVELS = List.of("exact", "nickname", "two short forms of one name",
            "swapped with surname", "Jaro-Winkler >= 0.92", "sounds alike", "Jaro-Winkler >= 0.80", "initial only",
            "different");
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
            return nicknames.oneIsAFormOfTheOther(x, y) ? NICKNAME : SHORT_FORMS_OF_ONE_NAME;
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
