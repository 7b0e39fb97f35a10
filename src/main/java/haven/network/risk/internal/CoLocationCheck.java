package haven.network.risk.internal;

import haven.network.Network;
import haven.network.risk.CoLocationAlertRaised;
import haven.network.risk.CoLocationReason;
import haven.platform.time.LondonTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks for flagged adults placed with children around the persons a new record touched,
 * raises one alert per new co-location (a co-location alerted before is not raised again)
 * and sends it to the adult's offender manager and the child's social worker or hub.
 */
@Service
public class CoLocationCheck {
    private static final Logger log = LoggerFactory.getLogger(CoLocationCheck.class);

    private final AlertStore store;
    private final Network network;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoLocationCheck(AlertStore store, Network network, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.network = network;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /** After new links from these records: checks every flagged adult near the persons they belong to. */
    @Transactional
    public int afterLinks(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return 0;
        }
        List<Long> persons = jdbc.sql("select distinct person_id from person_record where id = any(:ids)")
                .param("ids", recordIds.toArray(Long[]::new)).query(Long.class).list();
        return aroundFlaggedAdultsNear(persons, "New link recorded");
    }

    /** After a flag marking someone as a risk to children: checks where they live and whom they live with. */
    @Transactional
    public int afterFlag(long personId) {
        return aroundFlaggedAdult(personId, "Flag raised");
    }

    /**
     * After two persons were merged: the survivor now carries the other's links and flags, so
     * an adult flagged under one identity may now be seen living with a child under the other.
     */
    @Transactional
    public int afterMerge(long survivor) {
        return aroundFlaggedAdultsNear(List.of(survivor), "Persons merged");
    }

    /** After an event: a flagged adult and a child who took part in it together. */
    @Transactional
    public int afterEvent(long eventId) {
        return afterEvents(List.of(eventId));
    }

    /** After many events (an import): one query finds every flagged adult and child who took part in one together. */
    @Transactional
    public int afterEvents(List<Long> eventIds) {
        int raised = 0;
        for (long[] found : store.presentTogether(eventIds, today())) {
            Long location = found[3] < 0 ? null : found[3];
            raised += raise(found[1], found[2], CoLocationReason.PRESENT_TOGETHER, location, List.of(), found[0], "Event recorded");
        }
        return raised;
    }

    /** Every flagged adult near these persons: themselves, their household, up to two person-to-person links. */
    private int aroundFlaggedAdultsNear(List<Long> persons, String trigger) {
        int raised = 0;
        for (long risk : store.flaggedNear(persons, today())) {
            raised += aroundFlaggedAdult(risk, trigger);
        }
        return raised;
    }

    private int aroundFlaggedAdult(long risk, String trigger) {
        int raised = 0;
        for (var c : store.coLocatedChildren(risk, today())) {
            raised += raise(c.child(), risk, c.reason(), c.locationId(), c.linkIds(), null, trigger);
        }
        return raised;
    }

    private int raise(long child, long risk, CoLocationReason reason, Long location, List<Long> links, Long eventId,
                      String trigger) {
        Instant now = clock.instant();
        List<Long> flags = store.riskFlagIds(risk, today());
        var id = store.insert(child, risk, reason, location, links, flags, eventId, trigger, now);
        if (id.isEmpty()) {
            return 0;
        }
        var recipients = AlertRouting.route(candidates(child, risk, location, flags, now));
        recipients.forEach(r -> store.addRecipient(id.get(), r.userId(), r.why()));
        log.info("Co-location alert {} raised ({}): child person {}, flagged person {}, {} recipients", id.get(), reason,
                child, risk, recipients.size());
        events.publishEvent(new CoLocationAlertRaised(id.get(), child, risk, reason,
                recipients.stream().map(AlertRouting.Candidate::userId).toList()));
        return 1;
    }

    private AlertRouting.Candidates candidates(long child, long risk, Long location, List<Long> flags, Instant now) {
        Set<String> areas = new LinkedHashSet<>(network.areasOf(child));
        store.locationArea(location).ifPresent(areas::add);
        return new AlertRouting.Candidates(
                store.involved(risk, "%offender manager%", "Offender manager in the case", now),
                store.flaggingAgencyOffenderManagers(flags),
                store.staffCovering(areas, "POLICE", "OFFENDER_MANAGER", "Offender managers"),
                store.involved(child, "%social worker%", "The child's social worker", now),
                store.staffCovering(areas, "CHILDRENS_SERVICES", "HUB_WORKER", "Safeguarding hub"),
                store.seniorLeadsCovering(areas, "CHILDRENS_SERVICES", "Senior lead (no safeguarding hub on Haven)"));
    }
}
