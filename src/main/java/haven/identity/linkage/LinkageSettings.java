package haven.identity.linkage;

/**
 * The named, configured settings of the linkage model. Thresholds are match probabilities: at or above
 * {@code linkThreshold} two records are linked automatically; at or above {@code reviewThreshold} the pair goes to
 * the review queue; below it there is no link.
 *
 * @param linkThreshold           probability at or above which a pair is linked without a person looking
 * @param reviewThreshold         probability at or above which a pair is put before a person
 * @param differentSexesCannotMatch whether two recorded, different sexes forbid a link (guard)
 * @param familyRule              whether a shared surname and address count for nothing when the forename or the
 *                                date of birth clearly differ (twins, a son named after his father, siblings)
 * @param deterministicRuleRecall the share of all true matches the deterministic rules are assumed to find; sets
 *                                the prior from the count of deterministic matches
 * @param maxBlockSize            blocks bigger than this are skipped by that blocking rule (the other rules still
 *                                cover their pairs), which bounds the work per record
 * @param randomPairsForU         how many random pairs estimate the u probabilities (at most; a small batch uses
 *                                ten per record, at least 100,000)
 * @param maxPairsForEm           at most this many candidate pairs (sampled) train the m probabilities
 */
public record LinkageSettings(
        double linkThreshold,
        double reviewThreshold,
        boolean differentSexesCannotMatch,
        boolean familyRule,
        double deterministicRuleRecall,
        int maxBlockSize,
        int randomPairsForU,
        int maxPairsForEm) {

    public static LinkageSettings defaults() {
        return new LinkageSettings(0.95, 0.50, true, true, 0.6, 100, 500_000, 2_000_000);
    }

    public LinkageSettings {
        if (!(reviewThreshold > 0 && reviewThreshold <= linkThreshold && linkThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < review <= link < 1");
        }
        if (!(deterministicRuleRecall > 0 && deterministicRuleRecall <= 1)) {
            throw new IllegalArgumentException("deterministicRuleRecall must be in (0, 1]");
        }
    }

    public LinkageSettings withThresholds(double link, double review) {
        return new LinkageSettings(link, review, differentSexesCannotMatch, familyRule, deterministicRuleRecall,
                maxBlockSize, randomPairsForU, maxPairsForEm);
    }

    public LinkageSettings withFamilyRule(boolean on) {
        return new LinkageSettings(linkThreshold, reviewThreshold, differentSexesCannotMatch, on,
                deterministicRuleRecall, maxBlockSize, randomPairsForU, maxPairsForEm);
    }

    public LinkageSettings withMaxBlockSize(int size) {
        return new LinkageSettings(linkThreshold, reviewThreshold, differentSexesCannotMatch, familyRule,
                deterministicRuleRecall, size, randomPairsForU, maxPairsForEm);
    }

    public static double weightOf(double probability) {
        return Math.log(probability / (1 - probability)) / Math.log(2);
    }

    public static double probabilityOf(double weight) {
        double odds = Math.pow(2, weight);
        return odds / (1 + odds);
    }
}
