package haven.identity.linkage;

import haven.identity.linkage.compare.Comparison;
import haven.identity.linkage.compare.StandardComparisons;
import java.util.ArrayList;
import java.util.List;

/**
 * The linkage engine in plain Java: prepares records, trains the model without labels, scores the candidate pairs
 * and groups records into persons. The Spring side of Haven wraps this; the benchmark drives it directly.
 */
public final class LinkageEngine {
    private final Nicknames nicknames;
    private final List<Comparison> comparisons;
    private final List<BlockingRule> blockingRules;
    private final LinkageSettings settings;
    private final RecordPreparer preparer;

    public LinkageEngine(LinkageSettings settings) {
        this(Nicknames.ukTable(), settings);
    }

    public LinkageEngine(Nicknames nicknames, LinkageSettings settings) {
        this.nicknames = nicknames;
        this.comparisons = StandardComparisons.all(nicknames);
        this.blockingRules = BlockingRule.standard();
        this.settings = settings;
        this.preparer = new RecordPreparer(nicknames);
    }

    public LinkageSettings settings() {
        return settings;
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public RecordPreparer preparer() {
        return preparer;
    }

    /** Prepares records; {@code sourceOf} gives each record's source number (records of one source never link). */
    public List<PreparedRecord> prepare(List<LinkageRecord> records) {
        int[] sourceOf = new int[records.size()];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            LinkageRecord r = records.get(i);
            String s = r.source() == null ? "" : r.source();
            int source = sources.indexOf(s);
            if (source < 0) {
                sources.add(s);
                source = sources.size() - 1;
            }
            sourceOf[i] = source;
        }
        // records are prepared independently, so in parallel; the list keeps their order
        return java.util.stream.IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> preparer.prepare(i, sourceOf[i], records.get(i)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public ModelTrainer.Trained train(List<PreparedRecord> records, boolean linkOnly, long seed) {
        return new ModelTrainer(comparisons, BlockingRule.training(), settings).train(records, linkOnly, seed);
    }

    public CandidatePairs candidates(List<PreparedRecord> records, boolean linkOnly) {
        return new CandidatePairs(records, blockingRules, settings.maxBlockSize(), linkOnly);
    }

    /** A full link of a batch: every candidate pair scored, the kept pairs and the persons they form. */
    public record Linked(ScoredPairs pairs, int[] personOf, long comparisons) {
    }

    public Linked link(MatchModel model, List<PreparedRecord> records, boolean linkOnly, double floorWeight) {
        CandidatePairs candidates = candidates(records, linkOnly);
        BulkLinker.Result result = new BulkLinker(model).score(records, candidates, floorWeight);
        int[] persons = PersonClustering.cluster(records, result.pairs(), model.settings());
        return new Linked(result.pairs(), persons, result.comparisons());
    }
}
