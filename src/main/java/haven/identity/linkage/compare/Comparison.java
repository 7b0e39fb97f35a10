package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;

/**
 * One field's graded comparison: the levels run from the strongest agreement (index 0) to "different" (the last),
 * and a pair with the field missing on either side gets {@link #MISSING}, which carries no evidence either way.
 */
public interface Comparison {
    int MISSING = -1;

    String name();

    List<String> levels();

    int level(PreparedRecord a, PreparedRecord b);

    /** What a comparison means for the family rule and the guards. */
    enum Role { PERSONAL, HOUSEHOLD, IDENTIFIER, FORENAME, DATE_OF_BIRTH }

    Role role();

    /** The value whose frequency adjusts the weight of an exact match, or null when this level is not adjusted. */
    default String termFrequencyValue(PreparedRecord a, int level) {
        return null;
    }

    /** Why a pair at level {@link #MISSING} gives no evidence, for the review page. */
    default String noEvidence(PreparedRecord a, PreparedRecord b) {
        return "not recorded on both";
    }

    default int differentLevel() {
        return levels().size() - 1;
    }
}
