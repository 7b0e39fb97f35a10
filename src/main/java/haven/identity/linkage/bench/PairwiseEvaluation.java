package haven.identity.linkage.bench;

import haven.identity.linkage.LinkageSettings;
import haven.identity.linkage.MatchGuards;
import haven.identity.linkage.MatchModel;
import haven.identity.linkage.PreparedRecord;
import haven.identity.linkage.ScoredPairs;
import haven.identity.linkage.Verdict;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairwise precision, recall and F1 of a linkage against the truth, at the configured and at the best threshold. */
public final class PairwiseEvaluation {
    private PairwiseEvaluation() {
    }

    public record Scores(double precision, double recall, double f1, long truePositives, long predicted,
                         long actual) {
        static Scores of(long tp, long predicted, long actual) {
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = actual == 0 ? 0 : tp / (double) actual;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Scores(p, r, f, tp, predicted, actual);
        }

        @Override
        public String toString() {
            return String.format("precision %.4f  recall %.4f  F1 %.4f  (tp %d, predicted %d, true %d)",
                    precision, recall, f1, truePositives, predicted, actual);
        }
    }

    /** All true pairs of the dataset (only across sources when linking two files). */
    public static long truePairCount(List<PreparedRecord> records, int[] truePerson, boolean linkOnly) {
        return pairsWithin(records, truePerson, linkOnly);
    }

    public static boolean isTrue(int[] truePerson, int a, int b) {
        return truePerson[a] == truePerson[b];
    }

    /** Scores of the pairs the engine linked (verdict LINK). */
    public static Scores atConfiguredThreshold(ScoredPairs pairs, int[] truePerson, long actual) {
        long tp = 0, predicted = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.verdict(i) == Verdict.LINK) {
                predicted++;
                if (isTrue(truePerson, pairs.left(i), pairs.right(i))) {
                    tp++;
                }
            }
        }
        return Scores.of(tp, predicted, actual);
    }

    /** The threshold (as a match weight) that gives the best F1, and the scores there. */
    public record Best(double weight, double probability, Scores scores) {
    }

    public static Best atBestThreshold(ScoredPairs pairs, List<PreparedRecord> records, int[] truePerson,
                                       long actual, MatchModel model) {
        MatchGuards guards = new MatchGuards(model.settings());
        int[] levels = new int[model.comparisons().size()];
        int n = 0;
        long[] packed = new long[pairs.size()];
        double[] weights = new double[pairs.size()];
        Integer[] order = new Integer[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            PreparedRecord a = records.get(pairs.left(i)), b = records.get(pairs.right(i));
            model.weight(a, b, levels);
            var refusal = guards.check(a, b, model.comparisons(), levels);
            if (refusal.isPresent()) {
                continue; // a guard forbids an automatic link whatever the threshold
            }
            order[n] = n;
            weights[n] = pairs.weight(i);
            packed[n] = isTrue(truePerson, pairs.left(i), pairs.right(i)) ? 1 : 0;
            n++;
        }
        Integer[] sorted = Arrays.copyOf(order, n);
        Arrays.sort(sorted, (x, y) -> Double.compare(weights[y], weights[x]));
        long tp = 0;
        Best best = new Best(Double.POSITIVE_INFINITY, 1, Scores.of(0, 0, actual));
        for (int k = 0; k < n; k++) {
            tp += packed[sorted[k]];
            boolean lastOfTie = k == n - 1 || weights[sorted[k + 1]] < weights[sorted[k]];
            if (lastOfTie) {
                Scores s = Scores.of(tp, k + 1, actual);
                if (s.f1() > best.scores().f1()) {
                    double w = weights[sorted[k]];
                    best = new Best(w, LinkageSettings.probabilityOf(w), s);
                }
            }
        }
        return best;
    }

    /** Scores of the pairs implied by the persons formed (every two records in one person). */
    public static Scores ofClusters(List<PreparedRecord> records, int[] personOf, int[] truePerson, long actual,
                                    boolean linkOnly) {
        long predicted = pairsWithin(records, personOf, linkOnly);
        int[] both = new int[records.size()];
        Map<Long, Integer> ids = new HashMap<>();
        for (int i = 0; i < both.length; i++) {
            long key = ((long) personOf[i] << 32) ^ (truePerson[i] & 0xffffffffL);
            both[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
        long tp = pairsWithin(records, both, linkOnly);
        return Scores.of(tp, predicted, actual);
    }

    /** Number of pairs of records sharing a group (across sources only when linking). */
    static long pairsWithin(List<PreparedRecord> records, int[] group, boolean linkOnly) {
        Map<Integer, long[]> sizes = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            long[] s = sizes.computeIfAbsent(group[i], k -> new long[3]);
            s[0]++;
            if (records.get(i).source == 0) {
                s[1]++;
            } else {
                s[2]++;
            }
        }
        long pairs = 0;
        for (long[] s : sizes.values()) {
            pairs += linkOnly ? s[1] * s[2] : s[0] * (s[0] - 1) / 2;
        }
        return pairs;
    }
}
