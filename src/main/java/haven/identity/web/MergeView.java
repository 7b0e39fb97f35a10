package haven.identity.web;

import haven.identity.MatchReview;
import haven.identity.PersonRecord;
import java.time.Instant;
import java.util.List;

/**
 * One merge into a person as a reviewer weighs whether to split it: when and by whom, the decision that caused it
 * with its evidence, the records that came in from the other person, and the split once it is undone.
 */
public record MergeView(long id, long fromPersonId, long intoPersonId, List<Long> recordIds, String mergedBy,
                 Instant mergedAt, String decision, String decidedBy, String decisionReason, Long reviewId,
                 Double probability, List<MatchReview.FieldEvidence> evidence, Split split,
                 List<PersonRecord> records) {

    /** Who undid the merge, when and why. */
    public record Split(String by, Instant at, String reason) {
    }

    public boolean wasSplit() {
        return split != null;
    }

    public boolean automatic() {
        return "AUTOMATIC_LINK".equals(decision);
    }

    @Override
    public String toString() {
        return "MergeView[id=" + id + ", from=" + fromPersonId + ", into=" + intoPersonId + ", records=" + recordIds + "]";
    }
}
