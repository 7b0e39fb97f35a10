package haven.identity.linkage;

import haven.identity.linkage.bench.LabelledDataset;
import haven.identity.linkage.bench.SyntheticPopulation;
import java.util.List;

/** A model trained once, without labels, on a synthetic population of 20,000 records, shared by the tests. */
final class TrainedOnSyntheticPopulation {
    static final LabelledDataset DATA = SyntheticPopulation.generate(20_000, 7L);
    static final LinkageEngine ENGINE = new LinkageEngine(LinkageSettings.defaults());
    static final List<PreparedRecord> RECORDS = ENGINE.prepare(DATA.records());
    static final ModelTrainer.Trained TRAINED = ENGINE.train(RECORDS, false, 11L);
    static final MatchModel MODEL = TRAINED.model();

    private TrainedOnSyntheticPopulation() {
    }

    static Verdict verdict(MatchModel model, LinkageRecord a, LinkageRecord b) {
        PreparedRecord pa = Records.PREPARER.prepare(0, 0, a);
        PreparedRecord pb = Records.PREPARER.prepare(1, 0, b);
        int[] levels = new int[model.comparisons().size()];
        double w = model.weight(pa, pb, levels);
        return new MatchGuards(model.settings()).verdict(pa, pb, w, model.comparisons(), levels);
    }

    static double weight(MatchModel model, LinkageRecord a, LinkageRecord b) {
        return model.weight(Records.prepared(a), Records.prepared(b), new int[model.comparisons().size()]);
    }
}
