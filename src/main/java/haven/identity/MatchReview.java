package haven.identity;

import java.time.Instant;
import java.util.List;

/**
 * A pair of records the matcher put before a person, with the evidence: each field's level and its contribution
 * to the match weight.
 */
public record MatchReview(long id, PersonRecord left, PersonRecord right, double probability, double weight,
                          List<FieldEvidence> evidence, String reason, ReviewStatus status, Instant createdAt) {

    /** One field's comparison as the matcher saw it. */
    public record FieldEvidence(String field, String level, double weight, boolean setAsideByFamilyRule) {
    }

    /** Where a review stands. */
    public enum ReviewStatus { OPEN, SAME, NOT_SAME, NEED_MORE_INFORMATION }

    @Override
    public String toString() {
        return "MatchReview[id=" + id + "]";
    }
}
