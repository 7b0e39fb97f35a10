package haven.identity.linkage;

import haven.identity.linkage.compare.Comparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trains a {@link MatchModel} without labels: u from random pairs, m by expectation–maximisation over the candidate
 * pairs, and the prior from the pairs that deterministic rules call certain.
 */
public final class ModelTrainer {
    private final List<Comparison> comparisons;
    private final LinkageSettings settings;
    private final List<BlockingRule> blockingRules;

    /** What training saw, for the benchmark report and the decision log. */
    public record Report(long randomPairs, long candidatePairs, long emPairs, int emIterations,
                         double emMatchShareOfCandidates, long deterministicPairs, double totalPairs, double prior) {
    }

    public record Trained(MatchModel model, Report report) {
    }

    public ModelTrainer(List<Comparison> comparisons, List<BlockingRule> blockingRules, LinkageSettings settings) {
        this.comparisons = comparisons;
        this.blockingRules = blockingRules;
        this.settings = settings;
    }

    public Trained train(List<PreparedRecord> records, boolean linkOnly, long seed) {
        double totalPairs = totalPairs(records, linkOnly);
        double[][] u = estimateU(records, linkOnly, seed);
        CandidatePairs candidates = new CandidatePairs(records, blockingRules, settings.maxBlockSize(), linkOnly);
        AtomicLong count = new AtomicLong();
        candidates.forEach((a, b) -> count.incrementAndGet(), true);
        double keep = Math.min(1.0, settings.maxPairsForEm() / (double) Math.max(1, count.get()));
        Map<Long, long[]> patterns = patterns(records, candidates, keep);
        Em em = new Em(comparisons, patterns);
        em.run(200);
        long deterministic = countDeterministic(records, linkOnly);
        // The deterministic rules' pairs are near-certain matches, so they set a floor under the prior; what share
        // of all matches they find is not known without labels, so it is estimated as the deterministic pairs over
        // the matches EM expects among the candidates (the configured recall is used if EM finds fewer).
        double emMatches = em.p * count.get();
        double recall = emMatches > deterministic ? deterministic / emMatches : settings.deterministicRuleRecall();
        double prior = Math.min(0.5, Math.max(1.0 / totalPairs, deterministic / Math.max(recall, 1e-3) / totalPairs));
        if (deterministic == 0) {
            prior = Math.min(0.5, Math.max(1.0 / totalPairs, emMatches / totalPairs));
        }
        MatchModel model = new MatchModel(comparisons, em.m, u, prior, TermFrequencies.of(records), settings);
        long emPairs = patterns.values().stream().mapToLong(v -> v[0]).sum();
        return new Trained(model, new Report(settings.randomPairsForU(), count.get(), emPairs, em.iterations, em.p,
                deterministic, totalPairs, prior));
    }

    static double totalPairs(List<PreparedRecord> records, boolean linkOnly) {
        double n = records.size();
        if (!linkOnly) {
            return n * (n - 1) / 2;
        }
        Map<Integer, Integer> bySource = new HashMap<>();
        records.forEach(r -> bySource.merge(r.source, 1, Integer::sum));
        double sum = 0, sumSq = 0;
        for (int c : bySource.values()) {
            sum += c;
            sumSq += (double) c * c;
        }
        return (sum * sum - sumSq) / 2;
    }

    double[][] estimateU(List<PreparedRecord> records, boolean linkOnly, long seed) {
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = records.size();
        int wanted = settings.randomPairsForU();
        int tries = 0;
        for (int done = 0; done < wanted && tries < wanted * 20; tries++) {
            PreparedRecord a = records.get(random.nextInt(n));
            PreparedRecord b = records.get(random.nextInt(n));
            if (a == b || (linkOnly && a.source == b.source)) {
                continue;
            }
            for (int c = 0; c < counts.length; c++) {
                int l = comparisons.get(c).level(a, b);
                if (l != Comparison.MISSING) {
                    counts[c][l]++;
                }
            }
            done++;
        }
        for (double[] row : counts) {
            normalise(row, 0.5);
        }
        return counts;
    }

    private Map<Long, long[]> patterns(List<PreparedRecord> records, CandidatePairs candidates, double keep) {
        List<Map<Long, long[]>> all = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Map<Long, long[]>> local = ThreadLocal.withInitial(() -> {
            Map<Long, long[]> m = new HashMap<>();
            all.add(m);
            return m;
        });
        long threshold = (long) (keep * (1L << 30));
        candidates.forEach((a, b) -> {
            if (keep < 1.0 && (mix(a, b) & ((1L << 30) - 1)) >= threshold) {
                return;
            }
            long key = encode(records.get(a), records.get(b));
            local.get().computeIfAbsent(key, k -> new long[1])[0]++;
        }, true);
        Map<Long, long[]> merged = new HashMap<>();
        for (Map<Long, long[]> m : all) {
            m.forEach((k, v) -> merged.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        }
        return merged;
    }

    private static long mix(int a, int b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 29);
    }

    private long encode(PreparedRecord a, PreparedRecord b) {
        long key = 0;
        for (int c = 0; c < comparisons.size(); c++) {
            int l = comparisons.get(c).level(a, b);
            key |= ((long) (l == Comparison.MISSING ? 15 : l)) << (4 * c);
        }
        return key;
    }

    private long countDeterministic(List<PreparedRecord> records, boolean linkOnly) {
        CandidatePairs pairs = new CandidatePairs(records, BlockingRule.deterministic(), 1000, linkOnly);
        AtomicLong count = new AtomicLong();
        pairs.forEach((a, b) -> count.incrementAndGet(), true);
        return count.get();
    }

    static void normalise(double[] row, double pseudoCount) {
        double sum = 0;
        for (double v : row) {
            sum += v + pseudoCount;
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = (row[i] + pseudoCount) / sum;
        }
    }

    /** Expectation–maximisation over comparison patterns: m and u inside the candidates, and the match share. */
    static final class Em {
        final List<Comparison> comparisons;
        final long[] keys;
        final long[] counts;
        final double[][] m;
        final double[][] u;
        double p = 0.1;
        int iterations;

        Em(List<Comparison> comparisons, Map<Long, long[]> patterns) {
            this.comparisons = comparisons;
            this.keys = new long[patterns.size()];
            this.counts = new long[patterns.size()];
            int i = 0;
            for (Map.Entry<Long, long[]> e : patterns.entrySet()) {
                keys[i] = e.getKey();
                counts[i++] = e.getValue()[0];
            }
            m = new double[comparisons.size()][];
            u = new double[comparisons.size()][];
            for (int c = 0; c < m.length; c++) {
                int levels = comparisons.get(c).levels().size();
                m[c] = new double[levels];
                u[c] = new double[levels];
                for (int l = 0; l < levels; l++) {
                    // start from "matches mostly agree exactly"; u from the candidates' own mix
                    m[c][l] = l == 0 ? 0.9 : 0.1 / (levels - 1);
                }
                for (int k = 0; k < keys.length; k++) {
                    int l = level(keys[k], c);
                    if (l >= 0) {
                        u[c][l] += counts[k];
                    }
                }
                normalise(u[c], 1);
            }
        }

        static int level(long key, int c) {
            int l = (int) ((key >>> (4 * c)) & 15);
            return l == 15 ? -1 : l;
        }

        void run(int maxIterations) {
            for (iterations = 1; iterations <= maxIterations; iterations++) {
                double[][] mAcc = new double[m.length][];
                double[][] uAcc = new double[m.length][];
                for (int c = 0; c < m.length; c++) {
                    mAcc[c] = new double[m[c].length];
                    uAcc[c] = new double[m[c].length];
                }
                double matches = 0, total = 0;
                for (int k = 0; k < keys.length; k++) {
                    double pm = p, pu = 1 - p;
                    for (int c = 0; c < m.length; c++) {
                        int l = level(keys[k], c);
                        if (l >= 0) {
                            pm *= m[c][l];
                            pu *= u[c][l];
                        }
                    }
                    double g = pm / (pm + pu);
                    if (Double.isNaN(g)) {
                        g = 0;
                    }
                    double n = counts[k];
                    matches += n * g;
                    total += n;
                    for (int c = 0; c < m.length; c++) {
                        int l = level(keys[k], c);
                        if (l >= 0) {
                            mAcc[c][l] += n * g;
                            uAcc[c][l] += n * (1 - g);
                        }
                    }
                }
                double change = Math.abs(matches / total - p);
                p = matches / total;
                for (int c = 0; c < m.length; c++) {
                    normalise(mAcc[c], 0.5);
                    normalise(uAcc[c], 0.5);
                    for (int l = 0; l < m[c].length; l++) {
                        change = Math.max(change, Math.abs(mAcc[c][l] - m[c][l]));
                    }
                    m[c] = mAcc[c];
                    u[c] = uAcc[c];
                }
                if (change < 1e-6) {
                    break;
                }
            }
        }
    }
}
