package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.PreparedRecord;

/**
 * Forename and surname written the other way round, also when one of them is mistyped as well ("Taylor Joshua" and
 * "Josshua Tayolr"). Asked only once the names have been found different the right way round.
 */
final class SwappedNames {
    private static final double CLOSE = 0.88;

    private SwappedNames() {
    }

    static boolean closelySwapped(PreparedRecord a, PreparedRecord b) {
        if (a.forename == null || a.surname == null || b.forename == null || b.surname == null) {
            return false;
        }
        return JaroWinkler.similarityAtLeast(a.forename, b.surname, CLOSE) >= CLOSE
                && JaroWinkler.similarityAtLeast(a.surname, b.forename, CLOSE) >= CLOSE;
    }
}
