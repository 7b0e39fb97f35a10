package haven.clocks.config;

import haven.clocks.Clocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the register's sweep every minute in the server, and again at once while a backlog remains. */
@Component
class MinuteSweep {

    private static final Logger log = LoggerFactory.getLogger(MinuteSweep.class);
    private static final int MOST_PASSES = 100;

    private final Clocks clocks;

    MinuteSweep(Clocks clocks) {
        this.clocks = clocks;
    }

    @Scheduled(fixedDelayString = "${haven.clocks.sweep.interval:PT1M}", initialDelayString = "${haven.clocks.sweep.initial-delay:PT20S}")
    void sweep() {
        try {
            int passes = 0;
            Clocks.SweepSummary summary;
            do {
                summary = clocks.sweep();
                passes++;
            } while (summary.backlog() && passes < MOST_PASSES);
        } catch (RuntimeException e) {
            // the next minute tries again; nothing is half-written because each pass is one transaction
            log.error("Clock sweep failed", e);
        }
    }
}
