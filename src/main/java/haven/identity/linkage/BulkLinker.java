package haven.identity.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Scores every candidate pair of a batch in parallel and keeps those at or above a floor weight. */
public final class BulkLinker {
    private final MatchModel model;
    private final MatchGuards guards;

    public BulkLinker(MatchModel model) {
        this.model = model;
        this.guards = new MatchGuards(model.settings());
    }

    /** The kept pairs and how many pairs were compared. */
    public record Result(ScoredPairs pairs, long comparisons) {
    }

    public Result score(List<PreparedRecord> records, CandidatePairs candidates, double floorWeight) {
        List<ScoredPairs> parts = Collections.synchronizedList(new ArrayList<>());
        LongAdder compared = new LongAdder();
        int comparisons = model.comparisons().size();
        ThreadLocal<ScoredPairs> local = ThreadLocal.withInitial(() -> {
            ScoredPairs p = new ScoredPairs();
            parts.add(p);
            return p;
        });
        ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[comparisons]);
        candidates.forEach((a, b) -> {
            PreparedRecord ra = records.get(a);
            PreparedRecord rb = records.get(b);
            int[] levels = scratch.get();
            double w = model.weight(ra, rb, levels, floorWeight);
            compared.increment();
            if (w >= floorWeight) {
                local.get().add(a, b, w, guards.verdict(ra, rb, w, model.comparisons(), levels));
            }
        }, true);
        ScoredPairs all = new ScoredPairs();
        for (ScoredPairs p : parts) {
            all.addAll(p);
        }
        return new Result(all, compared.sum());
    }
}
