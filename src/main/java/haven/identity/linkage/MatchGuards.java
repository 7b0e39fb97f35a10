package haven.identity.linkage;

import haven.identity.linkage.compare.Comparison;
import java.util.List;
import java.util.Optional;

/**
 * "Cannot be the same" rules and limits on automatic merging, applied after the score. A refusal either forbids
 * the link outright or sends the pair to a person.
 */
public final class MatchGuards {
    private final LinkageSettings settings;

    public MatchGuards(LinkageSettings settings) {
        this.settings = settings;
    }

    /** A reason a pair may not be linked automatically, with the most the pair may reach. */
    public record Refusal(String reason, Verdict atMost) {
    }

    public Optional<Refusal> check(PreparedRecord a, PreparedRecord b) {
        if (a.nhsNumber != null && b.nhsNumber != null && !a.nhsNumber.equals(b.nhsNumber)) {
            return Optional.of(new Refusal("different valid NHS numbers", Verdict.NO_LINK));
        }
        if (settings.differentSexesCannotMatch() && a.sex != 0 && b.sex != 0 && a.sex != b.sex) {
            return Optional.of(new Refusal("recorded sexes differ", Verdict.NO_LINK));
        }
        if (a.sealed || b.sealed) {
            return Optional.of(new Refusal("a sealed record is never merged automatically", Verdict.REVIEW));
        }
        return Optional.empty();
    }

    /** The family rule's limit: no automatic link unless forename and date of birth both agree (or an id does). */
    public static final Refusal RELATIVE_NOT_RULED_OUT = new Refusal(
            "forename and date of birth not both recorded and agreeing: a relative in the household is not ruled out",
            Verdict.REVIEW);

    /** The guards including the family rule's limit, given the pair's comparison levels. */
    public Optional<Refusal> check(PreparedRecord a, PreparedRecord b, List<Comparison> comparisons, int[] levels) {
        Optional<Refusal> refusal = check(a, b);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (settings.familyRule() && FamilyRule.relativeNotRuledOut(comparisons, levels)) {
            return Optional.of(RELATIVE_NOT_RULED_OUT);
        }
        return Optional.empty();
    }

    /** The verdict for a weight once the guards have had their say. */
    public Verdict verdict(PreparedRecord a, PreparedRecord b, double weight, List<Comparison> comparisons,
                           int[] levels) {
        Verdict byScore = byScore(weight);
        if (byScore == Verdict.NO_LINK) {
            return byScore;
        }
        Optional<Refusal> refusal = check(a, b, comparisons, levels);
        if (refusal.isEmpty()) {
            return byScore;
        }
        return refusal.get().atMost() == Verdict.NO_LINK ? Verdict.NO_LINK : Verdict.REVIEW;
    }

    public Verdict byScore(double weight) {
        if (weight >= LinkageSettings.weightOf(settings.linkThreshold())) {
            return Verdict.LINK;
        }
        return weight >= LinkageSettings.weightOf(settings.reviewThreshold()) ? Verdict.REVIEW : Verdict.NO_LINK;
    }
}
