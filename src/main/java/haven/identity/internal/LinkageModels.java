package haven.identity.internal;

import haven.identity.linkage.LinkageEngine;
import haven.identity.linkage.LinkageSettings;
import haven.identity.linkage.MatchModel;
import haven.identity.linkage.PreparedRecord;
import haven.identity.linkage.bench.SyntheticPopulation;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the trained linkage model. Trained without labels on the stored records when there are enough of them;
 * until then on a synthetic population of 20,000 records (households with twins and namesakes), so that matching
 * works from the first record. Re-trained by a full re-link.
 */
@Component
public class LinkageModels {
    static final int ENOUGH_RECORDS_TO_TRAIN = 5_000;

    private final LinkageEngine engine;
    private volatile MatchModel model;
    private volatile String trainedOn = "not yet trained";

    private final boolean operatorCommand;

    LinkageModels(@Value("${haven.identity.link-threshold:0.95}") double link,
                  @Value("${haven.identity.review-threshold:0.50}") double review,
                  @Value("${haven.cli:false}") boolean operatorCommand) {
        this.engine = new LinkageEngine(LinkageSettings.defaults().withThresholds(link, review));
        this.operatorCommand = operatorCommand;
    }

    public LinkageEngine engine() {
        return engine;
    }

    public MatchModel current() {
        MatchModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    var data = SyntheticPopulation.generate(20_000, 20261130L);
                    model = engine.train(engine.prepare(data.records()), false, 1L).model();
                    trainedOn = "a synthetic population of 20,000 records";
                }
                m = model;
            }
        }
        return m;
    }

    /** Trains on these records when there are enough; otherwise keeps the synthetic model. */
    public synchronized MatchModel retrain(List<PreparedRecord> records) {
        if (records.size() >= ENOUGH_RECORDS_TO_TRAIN) {
            model = engine.train(records, false, 1L).model();
            trainedOn = records.size() + " stored records";
        } else {
            model = current(); // too few records for reliable estimates or name frequencies
        }
        return model;
    }

    /**
     * Trains the first model in the background once Haven is up, so the first match does not wait for it. Not for an
     * operator command: one that matches trains the model when it first needs it, and the others (an import among
     * them) would share the machine with a training they never use.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmUp() {
        if (operatorCommand) {
            return;
        }
        Thread t = new Thread(this::current, "linkage-model-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public String trainedOn() {
        return trainedOn;
    }
}
