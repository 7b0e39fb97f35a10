package haven.network;

import haven.access.PersonAreas;
import haven.identity.People;
import haven.identity.PersonRecord;
import haven.network.internal.NetworkStore;
import haven.platform.time.LondonTime;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records places, things, events and links, and answers what is known around a person or
 * a place. Facts are added, or ended with a reason; none is deleted.
 */
@Service
public class Network implements PersonAreas {
    private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile(
            "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final java.util.regex.Pattern EVENT_TYPE = java.util.regex.Pattern.compile("[A-Z][A-Z_]{2,40}");
    private final NetworkStore store;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Network(NetworkStore store, People people, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /** Problems with an address, naming each field; empty when it may be stored. */
    public static List<FieldProblem> problems(LocationDraft d) {
        var problems = new ArrayList<FieldProblem>();
        if (d.addressLine() == null || d.addressLine().isBlank()) {
            problems.add(new FieldProblem("addressLine", "Enter the address"));
        }
        if (d.postcode() != null && !d.postcode().isBlank()
                && !POSTCODE.matcher(d.postcode().strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
            problems.add(new FieldProblem("postcode", "Enter a real postcode, like CF10 1AA"));
        }
        return problems;
    }

    @Transactional
    public long locate(LocationDraft draft, String recordedBy) {
        var problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return store.locate(List.of(draft), recordedBy, clock.instant()).get(0);
    }

    /** Finds or creates many locations at once (the import path); drafts must be valid. */
    @Transactional
    public List<Long> locateAll(List<LocationDraft> drafts, String recordedBy) {
        return store.locate(drafts, recordedBy, clock.instant());
    }

    public Optional<Location> location(long id) {
        return store.location(id);
    }

    public List<Location> locationsMatching(String text, int limit) {
        return store.locationsMatching(text, limit);
    }

    @Transactional
    public long thing(String type, String identifier, String description, String recordedBy) {
        if (!Set.of("PHONE", "VEHICLE", "DEVICE", "ONLINE_ACCOUNT").contains(type)) {
            throw new InvalidInput("type", "Type must be PHONE, VEHICLE, DEVICE or ONLINE_ACCOUNT");
        }
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInput("identifier", "Enter the number, registration or account name");
        }
        return store.thing(type, identifier, description, recordedBy, clock.instant());
    }

    /** Problems with a link, naming each field; empty when it may be stored. */
    public static List<FieldProblem> problems(LinkDraft l) {
        var problems = new ArrayList<FieldProblem>();
        Set<String> allowed = switch (l.kind()) {
            case "PERSON_PERSON" -> LinkType.PERSON_PERSON;
            case "PERSON_LOCATION" -> LinkType.PERSON_LOCATION;
            default -> LinkType.PERSON_THING;
        };
        if (l.type() == null || !allowed.contains(l.type())) {
            problems.add(new FieldProblem("type", "Link type must be one of " + new java.util.TreeSet<>(allowed)));
        }
        if (l.validFrom() != null && l.validTo() != null && l.validTo().isBefore(l.validFrom())) {
            problems.add(new FieldProblem("validTo", "The end date must be on or after the start date"));
        }
        if (l.source().lawfulBasis() == null || l.source().lawfulBasis().isBlank()) {
            problems.add(new FieldProblem("lawfulBasis", "Enter the lawful basis for sharing this link"));
        }
        return problems;
    }

    /** Stores links not seen before; a link sent again (same agency, system and id) changes nothing. */
    @Transactional
    public int linkAll(List<LinkDraft> links) {
        for (var l : links) {
            var problems = problems(l);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
        int added = store.link(links, clock.instant());
        if (added > 0) {
            events.publishEvent(new LinksRecorded(links.stream().map(LinkDraft::fromRecord).distinct().toList()));
        }
        return added;
    }

    /**
     * Records where each person record lives now (the import path): a LIVES_AT link to the
     * location, ending the home the record had before from the same agency and system, with
     * {@code reason}. Sending the same home again changes nothing. Returns how many links were new.
     */
    @Transactional
    public int linkHomes(List<LinkDraft> homes, String reason) {
        for (var l : homes) {
            var problems = problems(l);
            if (!"LIVES_AT".equals(l.type()) || l.toLocation() == null) {
                problems = new ArrayList<>(problems);
                problems.add(new FieldProblem("type", "A home is a LIVES_AT link to a location"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
        var linked = store.homes(homes, reason, today(), clock.instant());
        if (!linked.isEmpty()) {
            events.publishEvent(new LinksRecorded(linked.stream().distinct().toList()));
        }
        return linked.size();
    }

    /**
     * Refreshes the planner's statistics of links and locations after a batch that added {@code added} links, when
     * the batch at least doubled them; to be called as the batch's last statement, after
     * {@code People.refreshStatisticsAfter}.
     */
    public void refreshStatisticsAfter(int added) {
        store.refreshStatisticsAfterGrowth(added);
    }

    /** Problems with an event, naming each field; empty when it may be stored. */
    public static List<FieldProblem> problems(EventDraft e) {
        var problems = new ArrayList<FieldProblem>();
        if (e.type() == null || !EVENT_TYPE.matcher(e.type()).matches()) {
            problems.add(new FieldProblem("type", "Enter the event type, like INCIDENT or MISSING_EPISODE"));
        }
        if (e.occurredAt() == null) {
            problems.add(new FieldProblem("occurredAt", "Enter when it happened"));
        }
        if (e.occurredAt() != null && e.endedAt() != null && e.endedAt().isBefore(e.occurredAt())) {
            problems.add(new FieldProblem("endedAt", "The end must be after the start"));
        }
        if (e.summary() == null || e.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "Enter what happened"));
        }
        if (e.source().lawfulBasis() == null || e.source().lawfulBasis().isBlank()) {
            problems.add(new FieldProblem("lawfulBasis", "Enter the lawful basis for sharing this event"));
        }
        for (var p : e.participants()) {
            if (!Participant.ROLES.contains(p.role())) {
                problems.add(new FieldProblem("participants", "Participant role must be one of " + new java.util.TreeSet<>(Participant.ROLES)));
            }
        }
        return problems;
    }

    /** Records an event once; sending the same (agency, system, id) again changes nothing. */
    @Transactional
    public long recordEvent(EventDraft draft) {
        var problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var result = store.event(draft, clock.instant());
        if (result.getValue()) {
            events.publishEvent(new EventRecorded(result.getKey(), draft.type(),
                    draft.participants().stream().map(Participant::recordId).toList()));
        }
        return result.getKey();
    }

    /**
     * Records many events at once (the import and demo path), each once; every draft is
     * checked first and the whole batch is refused if any is wrong.
     */
    @Transactional
    public int recordEvents(List<EventDraft> drafts) {
        var problems = new ArrayList<FieldProblem>();
        drafts.forEach(d -> problems.addAll(problems(d)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var ids = store.events(drafts, clock.instant());
        if (!ids.isEmpty()) {
            events.publishEvent(new EventsRecorded(ids));
        }
        return ids.size();
    }

    /** Everything that happened to a person, newest first, merged across the agencies that hold records. */
    public List<ChronologyEntry> chronologyOf(long personId) {
        return store.chronology(recordIds(personId));
    }

    public List<LinkView> linksOf(long personId) {
        return store.linksOf(recordIds(personId), today());
    }

    public List<ChronologyEntry> eventsAt(long locationId, int limit) {
        return store.eventsAt(locationId, limit);
    }

    /** Persons linked to a place, each with how. */
    public List<Map.Entry<Long, LinkView>> peopleAt(long locationId) {
        return store.peopleAt(locationId, today());
    }

    public List<Long> personsAtAddress(String text, int limit) {
        return store.personsAtAddress(text, limit);
    }

    @Override
    public Set<String> areasOf(long personId) {
        return new HashSet<>(store.areasOf(personId, today()));
    }

    private List<Long> recordIds(long personId) {
        return people.recordsOf(personId).stream().map(PersonRecord::id).toList();
    }
}
