package haven.network.risk.internal;

import haven.flags.FlagRaised;
import haven.identity.PersonsMerged;
import haven.network.EventRecorded;
import haven.network.EventsRecorded;
import haven.network.LinksRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Runs the co-location check after each new link, event, risk flag or merge has been committed,
 * in its own transaction; the event publication registry keeps an event until the check
 * has run, so none is lost to a restart.
 */
@Component
class CoLocationListener {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoLocationListener.class);
    private final CoLocationCheck check;

    CoLocationListener(CoLocationCheck check) {
        this.check = check;
    }

    @ApplicationModuleListener
    void on(LinksRecorded links) {
        guarded(() -> check.afterLinks(links.fromRecordIds()), "links from " + links.fromRecordIds().size() + " records");
    }

    @ApplicationModuleListener
    void on(EventRecorded event) {
        guarded(() -> check.afterEvent(event.eventId()), "event " + event.eventId());
    }

    @ApplicationModuleListener
    void on(EventsRecorded batch) {
        guarded(() -> check.afterEvents(batch.eventIds()), batch.eventIds().size() + " events");
    }

    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        guarded(() -> check.afterMerge(merged.intoPersonId()), "merge " + merged.mergeId());
    }

    @ApplicationModuleListener
    void on(FlagRaised flag) {
        if (flag.personId() != null && RiskQueries.RISK_TO_CHILDREN.contains(flag.type().name())) {
            guarded(() -> check.afterFlag(flag.personId()), "flag " + flag.flagId());
        }
    }

    /**
     * The records that triggered the check are already committed; a failing check must not
     * turn their import into an error, so it is logged (ids only) for an operator instead.
     */
    private static void guarded(Runnable work, String what) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Co-location check failed after {}", what, e);
        }
    }
}
