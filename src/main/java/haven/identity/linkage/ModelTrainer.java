package haven.identity.linkage;

import haven.identity.linkage.compare.Comparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trains a {@link MatchModel} without labels: u from random pairs, m by expectation–maximisation over the candidate
 * pairs, and the prior from the pairs that deterministic rules call certain.
 */
public final class ModelTrainer {
    private final List<Comparison> comparisons;
    private final LinkageSettings settings;
    private final List<BlockingRule> trainingRules;

    /** What training saw, for the benchmark report and the decision log. */
    public record Report(long randomPairs, long candidatePairs, long emPairs, int emIterations,
                         double emMatchShareOfCandidates, long deterministicPairs, double totalPairs, double prior) {
    }

    public record Trained(MatchModel model, Report report) {
    }

    public ModelTrainer(List<Comparison> comparisons, List<BlockingRule> trainingRules, LinkageSettings settings) {
        this.comparisons = comparisons;
        this.trainingRules = trainingRules;
        this.settings = settings;
    }

    /**
     * One training session: the pairs of one blocking rule, with the comparisons that rule fixes left out, as
     * Splink does. Pairs that share a date of birth teach the m of names and addresses; pairs that share the
     * sounds of both names teach the m of the date of birth.
     */
    record Session(BlockingRule rule, Set<String> leavesOut) {
    }

    static List<Session> sessions() {
        Map<String, BlockingRule> byName = new HashMap<>();
        BlockingRule.standard().forEach(r -> byName.put(r.name(), r));
        return List.of(
                new Session(byName.get("date of birth"), Set.of("date of birth")),
                new Session(byName.get("forename and surname sounds, either order"), Set.of("forename", "surname")),
                new Session(byName.get("postcode + forename initial"), Set.of("postcode", "forename", "address",
                        "locality", "phone", "surname")));
    }

    public Trained train(List<PreparedRecord> records, boolean linkOnly, long seed) {
        double totalPairs = totalPairs(records, linkOnly);
        double[] presence = new double[comparisons.size()];
        Map<Long, long[]> randomPatterns = new HashMap<>();
        double[][] randomU = estimateU(records, linkOnly, seed, presence, randomPatterns);
        long candidatePairs = 0, emPairs = 0;
        double firstShare = Double.NaN;
        List<boolean[]> leftOuts = new ArrayList<>();
        List<Map<Long, long[]>> sessionPatterns = new ArrayList<>();
        for (Session session : sessions()) {
            CandidatePairs candidates = new CandidatePairs(records, List.of(session.rule()), settings.maxBlockSize(),
                    linkOnly);
            AtomicLong count = new AtomicLong();
            candidates.forEach((a, b) -> count.incrementAndGet(), true);
            if (count.get() < 50) {
                continue;
            }
            boolean[] leftOut = new boolean[comparisons.size()];
            for (int c = 0; c < leftOut.length; c++) {
                leftOut[c] = session.leavesOut().contains(comparisons.get(c).name());
            }
            double keep = Math.min(1.0, settings.maxPairsForEm() / (double) count.get());
            Map<Long, long[]> patterns = patterns(records, candidates, keep, leftOut);
            leftOuts.add(leftOut);
            sessionPatterns.add(patterns);
            candidatePairs += count.get();
            emPairs += patterns.values().stream().mapToLong(v -> v[0]).sum();
        }
        long deterministic = countDeterministic(records, linkOnly);
        // First round with u from random pairs as drawn. In a small batch those random pairs include a fair share
        // of true matches (fake_1000 holds 2,031 true pairs among 499,500), which makes agreeing look common and
        // the model timid; so u is then re-estimated from the same random pairs, each counted by its chance of
        // being two different people under the first model, and m and the prior are learned again with it.
        double[][] u = randomU;
        double[][] m = null;
        double prior = Double.NaN;
        int iterations = 0;
        for (int round = 0; round < 2; round++) {
            LearnedM learned = learnM(u, leftOuts, sessionPatterns);
            m = learned.m();
            iterations += learned.iterations();
            if (round == 0) {
                firstShare = learned.firstShare();
            }
            prior = prior(m, presence, deterministic, totalPairs);
            if (round == 0) {
                u = uOfDifferentPeople(randomPatterns, m, u, prior);
            }
        }
        double[] tfScale = new double[comparisons.size()];
        for (int c = 0; c < tfScale.length; c++) {
            tfScale[c] = Math.min(1.0, u[c][0] / randomU[c][0]);
        }
        MatchModel model = new MatchModel(comparisons, m, u, prior, TermFrequencies.of(records), tfScale, settings);
        return new Trained(model, new Report(randomPairsFor(records.size()), candidatePairs, emPairs, iterations,
                firstShare, deterministic, totalPairs, prior));
    }

    private record LearnedM(double[][] m, int iterations, double firstShare) {
    }

    /** m by EM in each session with u held fixed; the m of a field is the mean over the sessions that estimate it. */
    private LearnedM learnM(double[][] u, List<boolean[]> leftOuts, List<Map<Long, long[]>> sessionPatterns) {
        double[][] mSum = new double[comparisons.size()][];
        int[] sessionsFor = new int[comparisons.size()];
        for (int c = 0; c < mSum.length; c++) {
            mSum[c] = new double[comparisons.get(c).levels().size()];
        }
        int iterations = 0;
        double firstShare = Double.NaN;
        for (int s = 0; s < sessionPatterns.size(); s++) {
            boolean[] leftOut = leftOuts.get(s);
            Em em = new Em(comparisons, sessionPatterns.get(s), u);
            em.run(200);
            for (int c = 0; c < mSum.length; c++) {
                if (!leftOut[c] && em.observed[c]) {
                    for (int l = 0; l < mSum[c].length; l++) {
                        mSum[c][l] += em.m[c][l];
                    }
                    sessionsFor[c]++;
                }
            }
            iterations += em.iterations;
            if (Double.isNaN(firstShare)) {
                firstShare = em.p;
            }
        }
        double[][] m = new double[comparisons.size()][];
        for (int c = 0; c < m.length; c++) {
            m[c] = new double[mSum[c].length];
            for (int l = 0; l < m[c].length; l++) {
                m[c][l] = sessionsFor[c] == 0 ? 1.0 / m[c].length : mSum[c][l] / sessionsFor[c];
            }
        }
        return new LearnedM(m, iterations, firstShare);
    }

    /**
     * u again from the random pairs' comparison patterns, each pattern counted by the probability that its pairs
     * are two different people under the model so far (m, u, prior), so that the true matches among the random
     * pairs no longer count as chance agreement.
     */
    double[][] uOfDifferentPeople(Map<Long, long[]> randomPatterns, double[][] m, double[][] u, double prior) {
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
        }
        for (Map.Entry<Long, long[]> e : randomPatterns.entrySet()) {
            long key = e.getKey();
            double pm = prior, pu = 1 - prior;
            for (int c = 0; c < counts.length; c++) {
                int l = Em.level(key, c);
                if (l >= 0) {
                    pm *= m[c][l];
                    pu *= u[c][l];
                }
            }
            double different = pu / (pm + pu);
            if (Double.isNaN(different)) {
                different = 1;
            }
            double n = e.getValue()[0] * different;
            for (int c = 0; c < counts.length; c++) {
                int l = Em.level(key, c);
                if (l >= 0) {
                    counts[c][l] += n;
                }
            }
        }
        for (double[] row : counts) {
            normalise(row, 0.5);
        }
        return counts;
    }

    /**
     * The prior from the deterministic rule (forename, surname and date of birth all exact): its pairs are near
     * certain matches, and the share of all matches it finds is estimated from the learned m and how often the
     * three fields are recorded on both sides. With no deterministic pair the configured recall stands in.
     */
    private double prior(double[][] m, double[] presence, long deterministic, double totalPairs) {
        double recall = 1;
        for (int c = 0; c < comparisons.size(); c++) {
            String name = comparisons.get(c).name();
            if (name.equals("forename") || name.equals("surname") || name.equals("date of birth")) {
                recall *= m[c][0] * presence[c];
            }
        }
        if (!(recall > 1e-4)) {
            recall = settings.deterministicRuleRecall();
        }
        double expected = Math.max(1, deterministic) / recall;
        return Math.min(0.5, Math.max(1.0 / totalPairs, expected / totalPairs));
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

    static final int RANDOM_PAIRS_PER_RECORD = 10, MIN_RANDOM_PAIRS = 100_000;

    /**
     * How many random pairs estimate u: {@code randomPairsForU} for a large batch, fewer for a small one (ten per
     * record, at least 100,000), where drawing half a million pairs would cost more than the linking itself.
     */
    int randomPairsFor(int records) {
        long scaled = Math.max(MIN_RANDOM_PAIRS, (long) RANDOM_PAIRS_PER_RECORD * records);
        return (int) Math.min(settings.randomPairsForU(), scaled);
    }

    /** u from random pairs; {@code presence} receives the share of random pairs with each field on both sides. */
    double[][] estimateU(List<PreparedRecord> records, boolean linkOnly, long seed, double[] presence,
                         Map<Long, long[]> patterns) {
        int chunks = 8;
        int wanted = randomPairsFor(records.size());
        List<Map<Long, long[]>> patternParts = new ArrayList<>();
        for (int k = 0; k < chunks; k++) {
            patternParts.add(new HashMap<>());
        }
        // chunks with their own seeded generators: parallel, and the same sample for the same seed
        double[][][] parts = java.util.stream.IntStream.range(0, chunks).parallel()
                .mapToObj(k -> sampleU(records, linkOnly, seed * 31 + k, wanted / chunks, patternParts.get(k)))
                .toArray(double[][][]::new);
        for (Map<Long, long[]> part : patternParts) {
            part.forEach((k, v) -> patterns.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        }
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
            for (double[][] part : parts) {
                for (int l = 0; l < counts[c].length; l++) {
                    counts[c][l] += part[c][l];
                }
            }
        }
        for (int c = 0; c < counts.length; c++) {
            double present = 0;
            for (double v : counts[c]) {
                present += v;
            }
            presence[c] = present / Math.max(1, wanted);
            normalise(counts[c], 0.5);
        }
        return counts;
    }

    private double[][] sampleU(List<PreparedRecord> records, boolean linkOnly, long seed, int wanted,
                               Map<Long, long[]> patterns) {
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = records.size();
        int tries = 0;
        for (int done = 0; done < wanted && tries < wanted * 20; tries++) {
            PreparedRecord a = records.get(random.nextInt(n));
            PreparedRecord b = records.get(random.nextInt(n));
            if (a == b || (linkOnly && a.source == b.source)) {
                continue;
            }
            long key = 0;
            for (int c = 0; c < counts.length; c++) {
                int l = comparisons.get(c).level(a, b);
                if (l != Comparison.MISSING) {
                    counts[c][l]++;
                }
                key |= ((long) (l == Comparison.MISSING ? 15 : l)) << (4 * c);
            }
            patterns.computeIfAbsent(key, x -> new long[1])[0]++;
            done++;
        }
        return counts;
    }

    private Map<Long, long[]> patterns(List<PreparedRecord> records, CandidatePairs candidates, double keep,
                                       boolean[] leftOut) {
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
            long key = encode(records.get(a), records.get(b), leftOut);
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

    private long encode(PreparedRecord a, PreparedRecord b, boolean[] leftOut) {
        long key = 0;
        for (int c = 0; c < comparisons.size(); c++) {
            int l = leftOut[c] ? Comparison.MISSING : comparisons.get(c).level(a, b);
            key |= ((long) (l == Comparison.MISSING ? 15 : l)) << (4 * c);
        }
        return key;
    }

    private long countDeterministic(List<PreparedRecord> records, boolean linkOnly) {
        CandidatePairs pairs = new CandidatePairs(records, BlockingRule.deterministic().subList(0, 1), 1000, linkOnly);
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
        final boolean[] observed;
        double p = 0.1;
        int iterations;

        final boolean fixedU;

        Em(List<Comparison> comparisons, Map<Long, long[]> patterns) {
            this(comparisons, patterns, null);
        }

        Em(List<Comparison> comparisons, Map<Long, long[]> patterns, double[][] randomU) {
            this.fixedU = randomU != null;
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
            observed = new boolean[comparisons.size()];
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
                        observed[c] = true;
                    }
                }
                normalise(u[c], 1);
                if (randomU != null) {
                    u[c] = randomU[c].clone();
                }
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
                    if (!fixedU) {
                        u[c] = uAcc[c];
                    }
                }
                if (change < 1e-6) {
                    break;
                }
            }
        }
    }
}
