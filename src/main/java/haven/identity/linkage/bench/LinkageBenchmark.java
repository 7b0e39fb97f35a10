package haven.identity.linkage.bench;

import haven.identity.linkage.LinkageEngine;
import haven.identity.linkage.LinkageSettings;
import haven.identity.linkage.ModelTrainer;
import haven.identity.linkage.PreparedRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the linkage engine on public labelled data (FEBRL3, FEBRL4, fake_1000), on any CSV given a column
 * mapping and a truth, and on a synthetic population of a million people. The model is always trained without the
 * labels; the labels only score the result.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) haven.identity.linkage.bench.LinkageBenchmark [options]
 *   --data DIR              folder of the public data (default ../shared/data/linkage)
 *   --dataset NAME          public (FEBRL3, FEBRL4, fake_1000, then FEBRL3 and FEBRL4 without soc_sec_id)
 *                           | febrl3 | febrl4 | fake1000 | febrl3-no-ssid | febrl4-no-ssid (one of them)
 *                           | synthetic | csv           (default public)
 *   --records N             synthetic population size (default 1000000)
 *   --csv FILE[,FILE2]      CSV file(s); two files are linked to each other, one is deduplicated
 *   --id COLUMN             record id column of the CSV
 *   --map SPEC              field=column,... (see ColumnMapping)
 *   --truth-column COLUMN   person (cluster) id column, or
 *   --true-pairs FILE       file of true pairs (two id columns)
 *   --link P --review P     thresholds as match probabilities (defaults from LinkageSettings)
 *   --no-family-rule        switch off the family rule (to measure what it costs and saves)
 *   --show-household-errors print both records of each wrong merge inside a household (synthetic data only)
 * </pre>
 */
public final class LinkageBenchmark {
    private final PrintStream out;
    private final LinkageSettings settings;
    private boolean showHouseholdErrors;

    LinkageBenchmark(PrintStream out, LinkageSettings settings) {
        this.out = out;
        this.settings = settings;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = options(args);
        LinkageSettings settings = LinkageSettings.defaults();
        if (opts.containsKey("link") || opts.containsKey("review")) {
            settings = settings.withThresholds(Double.parseDouble(opts.getOrDefault("link", "" + settings.linkThreshold())),
                    Double.parseDouble(opts.getOrDefault("review", "" + settings.reviewThreshold())));
        }
        if (opts.containsKey("no-family-rule")) {
            settings = settings.withFamilyRule(false);
        }
        LinkageBenchmark bench = new LinkageBenchmark(System.out, settings);
        bench.showHouseholdErrors = opts.containsKey("show-household-errors");
        Path data = Path.of(opts.getOrDefault("data", "../shared/data/linkage"));
        String dataset = opts.getOrDefault("dataset", "public");
        switch (dataset) {
            case "public" -> {
                for (LabelledDataset d : publicDatasets(data, true)) {
                    bench.run(d);
                }
                for (LabelledDataset d : publicDatasets(data, false)) {
                    bench.run(d);
                }
            }
            case "febrl3", "febrl4", "fake1000", "febrl3-no-ssid", "febrl4-no-ssid" -> {
                boolean withIds = !dataset.endsWith("-no-ssid");
                String name = dataset.replace("-no-ssid", "");
                for (LabelledDataset d : publicDatasets(data, withIds)) {
                    if (d.name().split(" ")[0].equals(name)) {
                        bench.run(d);
                    }
                }
            }
            case "synthetic" -> bench.run(SyntheticPopulation.generate(
                    Integer.parseInt(opts.getOrDefault("records", "1000000")), 20261130L));
            case "csv" -> bench.run(csvDataset(opts));
            default -> throw new IllegalArgumentException("--dataset: unknown dataset '" + dataset + "'");
        }
    }

    static List<LabelledDataset> publicDatasets(Path data, boolean withSocialSecurityId) throws IOException {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("--data: no folder " + data.toAbsolutePath()
                    + " (give the folder holding dataset3.csv)");
        }
        ColumnMapping febrl = withSocialSecurityId ? ColumnMapping.febrl() : ColumnMapping.febrl().without("otherId");
        String suffix = withSocialSecurityId ? "" : " without soc_sec_id";
        List<LabelledDataset> sets = new ArrayList<>();
        sets.add(LabelledDataset.read("febrl3" + suffix, List.of(data.resolve("dataset3.csv")), febrl, null,
                data.resolve("febrl3_true_pairs.csv"), false));
        sets.add(LabelledDataset.read("febrl4" + suffix,
                List.of(data.resolve("dataset4a.csv"), data.resolve("dataset4b.csv")), febrl, null,
                data.resolve("febrl4_true_pairs.csv"), true));
        if (withSocialSecurityId) {
            sets.add(LabelledDataset.read("fake1000", List.of(data.resolve("fake_1000.csv")),
                    ColumnMapping.fake1000(), "cluster", null, false));
        }
        return sets;
    }

    static LabelledDataset csvDataset(Map<String, String> opts) throws IOException {
        String csv = require(opts, "csv");
        List<Path> files = new ArrayList<>();
        for (String f : csv.split(",")) {
            files.add(Path.of(f));
        }
        ColumnMapping mapping = ColumnMapping.parse(require(opts, "id"), require(opts, "map"));
        String truthColumn = opts.get("truth-column");
        Path pairs = opts.containsKey("true-pairs") ? Path.of(opts.get("true-pairs")) : null;
        if (truthColumn == null && pairs == null) {
            throw new IllegalArgumentException("--truth-column or --true-pairs is needed to measure");
        }
        return LabelledDataset.read(files.get(0).getFileName().toString(), files, mapping, truthColumn, pairs,
                files.size() > 1);
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    void run(LabelledDataset d) {
        resetPeaks();
        LinkageEngine engine = new LinkageEngine(settings);
        long t0 = System.nanoTime();
        List<PreparedRecord> records = engine.prepare(d.records());
        long t1 = System.nanoTime();
        ModelTrainer.Trained trained = engine.train(records, d.linkOnly(), 42);
        long t2 = System.nanoTime();
        boolean small = records.size() <= 50_000;
        double floor = small ? -1e9 : LinkageSettings.weightOf(settings.reviewThreshold());
        LinkageEngine.Linked linked = engine.link(trained.model(), records, d.linkOnly(), floor);
        long t3 = System.nanoTime();
        long actual = PairwiseEvaluation.truePairCount(records, d.truePerson(), d.linkOnly());
        var atConfigured = PairwiseEvaluation.atConfiguredThreshold(linked.pairs(), d.truePerson(), actual);
        var clusters = PairwiseEvaluation.ofClusters(records, linked.personOf(), d.truePerson(), actual,
                d.linkOnly());
        double total = (t3 - t0) / 1e9;
        double linkSeconds = (t3 - t2) / 1e9;
        out.printf("%n== %s: %d records, %s%n", d.name(), records.size(), d.linkOnly() ? "linking two files" : "deduplication");
        ModelTrainer.Report r = trained.report();
        out.printf("training (no labels): %d candidate pairs, %d EM pairs, %d EM iterations, "
                        + "%d deterministic pairs, prior %.3g, %.2f s%n", r.candidatePairs(), r.emPairs(),
                r.emIterations(), r.deterministicPairs(), r.prior(), (t2 - t1) / 1e9);
        out.printf("at the configured link threshold (p >= %.2f):  %s%n", settings.linkThreshold(), atConfigured);
        out.printf("persons formed (clustered), pairwise:          %s%n", clusters);
        var candidates = engine.candidates(records, d.linkOnly()); // built again only to measure the blocking
        out.printf("blocking: %d candidate pairs hold %.4f of the true pairs (%d oversize blocks skipped)%n",
                linked.comparisons(), blockingRecall(candidates, records, d, actual), candidates.oversizeBlocks());
        if (small) {
            var best = PairwiseEvaluation.atBestThreshold(linked.pairs(), records, d.truePerson(), actual, trained.model());
            out.printf("at the best threshold (p >= %.4f, weight %.2f): %s%n", best.probability(), best.weight(),
                    best.scores());
        }
        if (d.household() != null) {
            out.printf("wrong merges inside households: %d linked pairs, %d records in a person with a relative%n",
                    HouseholdErrors.linkedPairs(linked.pairs(), d), HouseholdErrors.recordsMergedWithRelative(
                            linked.personOf(), d));
            if (showHouseholdErrors) {
                HouseholdErrors.print(linked.pairs(), d, out);
            }
        }
        out.printf("time: %.2f s in all (prepare %.2f, train %.2f, link %.2f); %.0f records/s; "
                        + "%d comparisons, %.0f comparisons/s; peak heap %d MB%n",
                total, (t1 - t0) / 1e9, (t2 - t1) / 1e9, linkSeconds, records.size() / total,
                linked.comparisons(), linked.comparisons() / linkSeconds, peakHeapMb());
    }

    private static double blockingRecall(haven.identity.linkage.CandidatePairs candidates,
                                         List<PreparedRecord> records, LabelledDataset d, long actual) {
        java.util.Map<Integer, List<Integer>> byPerson = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byPerson.computeIfAbsent(d.truePerson()[i], k -> new ArrayList<>()).add(i);
        }
        long found = 0;
        for (List<Integer> group : byPerson.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int a = group.get(x), b = group.get(y);
                    if (d.linkOnly() && records.get(a).source == records.get(b).source) {
                        continue;
                    }
                    if (candidates.isCandidate(a, b)) {
                        found++;
                    }
                }
            }
        }
        return found / (double) Math.max(1, actual);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            if (name.equals("no-family-rule") || name.equals("show-household-errors")) {
                opts.put(name, "true");
            } else if (i + 1 < args.length) {
                opts.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return opts;
    }
}
