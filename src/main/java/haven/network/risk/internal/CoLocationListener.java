package haven.network.risk.internal;

import haven.flags.FlagRaised;
import haven.network.EventRecorded;
import haven.network.LinksRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Runs the co-location check after each new link, event or risk flag has been committed,
 * in its own transaction; the event publication registry keeps an event until the check
 * has run, so none is lost to a restart.
 */
@Component
class CoLocationListener {
    private final CoLocationCheck check;

    CoLocationListener(CoLocationCheck check) {
        this.check = check;
    }

    @ApplicationModuleListener
    void on(LinksRecorded links) {
        check.afterLinks(links.fromRecordIds());
    }

    @ApplicationModuleListener
    void on(EventRecorded event) {
        check.afterEvent(event.eventId());
    }

    @ApplicationModuleListener
    void on(FlagRaised flag) {
        if (flag.personId() != null && RiskQueries.RISK_TO_CHILDREN.contains(flag.type().name())) {
            check.afterFlag(flag.personId());
        }
    }
}
