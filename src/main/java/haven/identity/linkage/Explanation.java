package haven.identity.linkage;

import java.util.List;

/**
 * Why the model scored a pair as it did: the prior, each field's level and contribution in bits, and whether the
 * family rule set aside the household evidence.
 */
public record Explanation(double priorWeight, double weight, double probability, List<FieldContribution> fields,
                          boolean householdDiscounted) {

    /** One field's comparison level and its contribution to the match weight (log2 of m/u). */
    public record FieldContribution(String field, String level, double weight, boolean discountedByFamilyRule) {
    }
}
