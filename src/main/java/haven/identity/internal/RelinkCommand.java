package haven.identity.internal;

import haven.identity.Linkage;
import haven.identity.RelinkReport;
import haven.platform.cli.OperatorCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven relink}: re-trains the linkage model on every stored record and re-links them all. */
@Component
@CommandLine.Command(name = "relink", description = "Re-train the linkage model and re-link every person record.")
class RelinkCommand implements OperatorCommand {
    private final Linkage linkage;

    @CommandLine.Option(names = "--review-only",
            description = "Merge nothing; only put the uncertain pairs in the review queue")
    boolean reviewOnly;

    RelinkCommand(Linkage linkage) {
        this.linkage = linkage;
    }

    @Override
    public Integer call() {
        RelinkReport r = linkage.relink(!reviewOnly);
        System.out.printf("Re-linked %,d records in %,d ms (%,d comparisons; model trained on %s): "
                        + "%,d automatic links, %,d pairs queued for review.%n",
                r.records(), r.millis(), r.comparisons(), r.trainedOn(), r.automaticLinks(), r.queuedForReview());
        return 0;
    }
}
