package haven.identity.linkage;

import haven.identity.linkage.compare.Comparison;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained Fellegi–Sunter model: for each comparison level, m (how often true matches fall there) and u (how often
 * two random records do), the prior probability that two random records are the same person, and the term
 * frequencies of names. The match weight of a pair is log2 of the prior odds plus the sum of log2(m/u) over fields.
 */
public final class MatchModel {
    private final List<Comparison> comparisons;
    private final double[][] m;
    private final double[][] u;
    private final double prior;
    private final TermFrequencies termFrequencies;
    private final LinkageSettings settings;
    private final double[][] weights;
    private final double priorWeight;
    private final double[] maxWeight;
    private final double[] remainingMax;
    private final double[] termFrequencyScale;

    public MatchModel(List<Comparison> comparisons, double[][] m, double[][] u, double prior,
                      TermFrequencies termFrequencies, LinkageSettings settings) {
        this(comparisons, m, u, prior, termFrequencies, null, settings);
    }

    /**
     * @param termFrequencyScale per comparison, the factor that turns a value's share of the records into its u
     *                           among pairs of different people (below 1 when the batch holds many records of the
     *                           same people, so that a name's own duplicates do not make it look common); null for 1
     */
    public MatchModel(List<Comparison> comparisons, double[][] m, double[][] u, double prior,
                      TermFrequencies termFrequencies, double[] termFrequencyScale, LinkageSettings settings) {
        this.termFrequencyScale = new double[m.length];
        for (int c = 0; c < m.length; c++) {
            this.termFrequencyScale[c] = termFrequencyScale == null ? 1.0 : termFrequencyScale[c];
        }
        this.comparisons = List.copyOf(comparisons);
        this.m = m;
        this.u = u;
        this.prior = prior;
        this.termFrequencies = termFrequencies;
        this.settings = settings;
        this.weights = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            weights[c] = new double[m[c].length];
            for (int l = 0; l < m[c].length; l++) {
                weights[c][l] = log2(m[c][l] / u[c][l]);
            }
        }
        this.priorWeight = log2(prior / (1 - prior));
        this.maxWeight = new double[m.length];
        this.remainingMax = new double[m.length + 1];
        for (int c = m.length - 1; c >= 0; c--) {
            double max = 0;
            for (int l = 0; l < m[c].length; l++) {
                max = Math.max(max, weights[c][l]);
                if (hasTermFrequencies(c, l)) {
                    double rarest = termFrequencies.minFrequency() * this.termFrequencyScale[c];
                    max = Math.max(max, log2(m[c][l] / Math.max(rarest, 1e-7)));
                }
            }
            maxWeight[c] = max;
            remainingMax[c] = remainingMax[c + 1] + max;
        }
    }

    private boolean hasTermFrequencies(int c, int l) {
        String name = comparisons.get(c).name();
        return l == 0 && (name.equals("forename") || name.equals("surname"));
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public double m(int comparison, int level) {
        return m[comparison][level];
    }

    public double u(int comparison, int level) {
        return u[comparison][level];
    }

    public double prior() {
        return prior;
    }

    public LinkageSettings settings() {
        return settings;
    }

    public MatchModel withSettings(LinkageSettings newSettings) {
        return new MatchModel(comparisons, m, u, prior, termFrequencies, termFrequencyScale, newSettings);
    }

    public MatchModel withTermFrequencies(TermFrequencies tf) {
        return new MatchModel(comparisons, m, u, prior, tf, termFrequencyScale, settings);
    }

    /** Fills {@code levels} with each comparison's level and returns the match weight, family rule applied. */
    public double weight(PreparedRecord a, PreparedRecord b, int[] levels) {
        return weight(a, b, levels, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #weight(PreparedRecord, PreparedRecord, int[])}, but stops comparing as soon as the pair cannot
     * reach {@code floor} whatever the remaining fields say; the value returned is then below the floor and
     * {@code levels} is incomplete. Most candidate pairs of a large batch end after the names and date of birth.
     */
    public double weight(PreparedRecord a, PreparedRecord b, int[] levels, double floor) {
        double upper = priorWeight + remainingMax[0];
        for (int c = 0; c < comparisons.size(); c++) {
            int l = comparisons.get(c).level(a, b);
            levels[c] = l;
            if (l != Comparison.MISSING) {
                upper += Math.min(fieldWeight(c, l, a), maxWeight[c]) - maxWeight[c];
            } else {
                upper -= maxWeight[c];
            }
            if (upper < floor) {
                return upper;
            }
        }
        boolean discountHousehold = settings.familyRule() && FamilyRule.householdExplainedByFamily(comparisons, levels);
        double w = priorWeight;
        for (int c = 0; c < levels.length; c++) {
            int l = levels[c];
            if (l == Comparison.MISSING) {
                continue;
            }
            double fw = fieldWeight(c, l, a);
            if (discountHousehold && comparisons.get(c).role() == Comparison.Role.HOUSEHOLD && fw > 0) {
                continue;
            }
            w += fw;
        }
        return w;
    }

    private double fieldWeight(int c, int l, PreparedRecord a) {
        String tfValue = comparisons.get(c).termFrequencyValue(a, l);
        if (tfValue != null) {
            double f = termFrequencies.frequency(comparisons.get(c).name(), tfValue);
            if (!Double.isNaN(f)) {
                // u for "both have this exact value" is the value's own frequency (Splink's adjustment)
                return log2(m[c][l] / Math.max(f * termFrequencyScale[c], 1e-7));
            }
        }
        return weights[c][l];
    }

    /** The weight, the probability and each field's contribution, for the review page and the decision log. */
    public Explanation explain(PreparedRecord a, PreparedRecord b) {
        int[] levels = new int[comparisons.size()];
        double total = weight(a, b, levels);
        boolean discount = settings.familyRule() && FamilyRule.householdExplainedByFamily(comparisons, levels);
        List<Explanation.FieldContribution> fields = new ArrayList<>();
        for (int c = 0; c < levels.length; c++) {
            Comparison comp = comparisons.get(c);
            int l = levels[c];
            if (l == Comparison.MISSING) {
                fields.add(new Explanation.FieldContribution(comp.name(), comp.noEvidence(a, b), 0, false));
                continue;
            }
            double fw = fieldWeight(c, l, a);
            boolean discounted = discount && comp.role() == Comparison.Role.HOUSEHOLD && fw > 0;
            fields.add(new Explanation.FieldContribution(comp.name(), comp.levels().get(l), discounted ? 0 : fw,
                    discounted));
        }
        return new Explanation(priorWeight, total, LinkageSettings.probabilityOf(total), fields, discount);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
