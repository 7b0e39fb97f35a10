package haven.casefile;

import haven.access.AccessAction;
import haven.access.AccessDecision;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.HavenUser;
import haven.access.MergedPersons;
import haven.access.Role;
import haven.flags.Flag;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.identity.PersonQuery;
import haven.identity.PersonRecord;
import haven.network.ChronologyEntry;
import haven.network.LinkView;
import haven.network.Network;
import haven.platform.web.Formats;
import haven.platform.web.NotFound;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Opens person records for a viewer: asks the access policy, logs the view, and shows
 * each flag and linked person with only the detail this viewer may see.
 */
@Service
public class CaseFiles {
    private static final int MIN_REASON = 10;

    private final People people;
    private final Network network;
    private final Flags flags;
    private final AccessPolicy policy;
    private final AccessLog log;
    private final Formats fmt;
    private final MergedPersons merged;

    CaseFiles(People people, Network network, Flags flags, AccessPolicy policy, AccessLog log, Formats fmt, MergedPersons merged) {
        this.merged = merged;
        this.people = people;
        this.network = network;
        this.flags = flags;
        this.policy = policy;
        this.log = log;
        this.fmt = fmt;
    }

    /** The filters a viewer applies to the chronology; null means all. */
    public record ChronologyFilter(String agency, String eventType) {
        static final ChronologyFilter NONE = new ChronologyFilter(null, null);

        boolean keeps(ChronologyEntry e) {
            return (agency == null || agency.isBlank() || agency.equals(e.agencyName()))
                    && (eventType == null || eventType.isBlank() || eventType.equals(e.type()));
        }
    }

    public static boolean isGoodReason(String reason) {
        return reason != null && reason.strip().length() >= MIN_REASON;
    }

    /** Opens a person's record, logging the view; a reason is needed when the viewer is not involved. */
    public Opened open(HavenUser viewer, long personId, String reason, String channel, ChronologyFilter filter) {
        List<PersonRecord> records = people.recordsOf(personId);
        if (records.isEmpty()) {
            var into = merged.survivorOf(personId);
            if (into.isPresent()) {
                return new Opened.Merged(personId, into.get());
            }
            throw new NotFound("There is no person " + personId + " in Haven.");
        }
        AccessDecision decision = policy.decide(viewer, personId);
        boolean breakGlass = false;
        if (decision instanceof AccessDecision.Refused refused) {
            return new Opened.Refused(refused.explanation());
        }
        if (decision instanceof AccessDecision.ReasonRequired required) {
            if (!isGoodReason(reason)) {
                return new Opened.NeedsReason(required.explanation());
            }
            breakGlass = true;
        } else if (reason == null || reason.isBlank()) {
            reason = ((AccessDecision.Allowed) decision).basis();
        }
        AccessAction action = channel.equals("api") ? AccessAction.API_READ : AccessAction.VIEW_PERSON;
        log.record(viewer, personId, action, channel, reason.strip(), breakGlass);
        return new Opened.Shown(assemble(viewer, personId, records, breakGlass, filter == null ? ChronologyFilter.NONE : filter));
    }

    private PersonFile assemble(HavenUser viewer, long personId, List<PersonRecord> records, boolean breakGlass,
                                ChronologyFilter filter) {
        var summary = people.summaries(List.of(personId)).get(0);
        List<ChronologyEntry> all = network.chronologyOf(personId).stream()
                .map(e -> e.restricted() && !e.agencyName().equals(viewer.agencyName()) ? restricted(e) : e).toList();
        List<String> agencies = all.stream().map(ChronologyEntry::agencyName).distinct().sorted().toList();
        List<String> types = all.stream().map(ChronologyEntry::type).distinct().sorted().toList();
        List<LinkView> links = network.linksOf(personId);
        var whoLooked = policy.maySeeWhoLooked(viewer, personId) ? log.viewsOf(personId, 25) : null;
        return new PersonFile(personId, summary, policy.isSealed(personId), breakGlass,
                flagViews(viewer, flags.onPerson(personId), true), records,
                all.stream().filter(filter::keeps).toList(), agencies, types,
                linkedPeople(viewer, personId, links), linkedPlaces(viewer, links), linkedThings(links), whoLooked);
    }

    private static ChronologyEntry restricted(ChronologyEntry e) {
        return new ChronologyEntry(e.eventId(), e.type(), e.occurredAt(), e.endedAt(), e.agencyName(), e.agencyType(), e.role(),
                "Restricted: ask " + e.agencyName() + " for the detail.", true, null, null, e.sourceSystem(), e.recordedBy(),
                e.recordedAt());
    }

    /** Flags as this viewer may see them: detail only where they may open the subject and the owner shares it. */
    public List<FlagView> flagViews(HavenUser viewer, List<Flag> list, boolean mayOpenSubject) {
        return list.stream().map(f -> {
            boolean shareDetail = mayOpenSubject
                    && (!"OWNER_AGENCY".equals(f.visibility()) || f.ownerAgencyId() == viewer.agencyId());
            return new FlagView(f.type().name(), f.label(), f.ownerAgencyName(), f.ownerContact(),
                    shareDetail ? f.reason() : null, f.reviewOn());
        }).toList();
    }

    private List<PersonFile.LinkedPerson> linkedPeople(HavenUser viewer, long personId, List<LinkView> links) {
        var personLinks = links.stream().filter(l -> l.kind().equals("PERSON_PERSON") && l.otherPersonId() != null
                && l.otherPersonId() != personId).toList();
        Set<Long> others = personLinks.stream().map(LinkView::otherPersonId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, PersonMatch> names = people.summaries(others).stream()
                .collect(Collectors.toMap(PersonMatch::personId, m -> m));
        Map<Long, List<Flag>> otherFlags = flags.onPersons(others);
        var result = new ArrayList<PersonFile.LinkedPerson>();
        for (var l : personLinks) {
            boolean visible = !(policy.decide(viewer, l.otherPersonId()) instanceof AccessDecision.Refused);
            var name = visible ? names.get(l.otherPersonId()) : null;
            result.add(new PersonFile.LinkedPerson(visible ? l.otherPersonId() : null,
                    name == null ? "Restricted" : name.name() + (name.dateOfBirth() == null ? "" : " (born " + fmt.date(name.dateOfBirth()) + ")"),
                    l.type(), fmt.date(l.validFrom()), fmt.date(l.validTo()), l.current(), l.agencyName(),
                    flagViews(viewer, otherFlags.getOrDefault(l.otherPersonId(), List.of()), false), !visible));
        }
        return result;
    }

    private List<PersonFile.LinkedPlace> linkedPlaces(HavenUser viewer, List<LinkView> links) {
        return links.stream().filter(l -> l.kind().equals("PERSON_LOCATION")).map(l -> new PersonFile.LinkedPlace(
                l.locationId(), l.locationText(), l.type(), fmt.date(l.validFrom()), fmt.date(l.validTo()), l.current(),
                l.agencyName(), flagViews(viewer, flags.onLocation(l.locationId()), true))).toList();
    }

    private static List<PersonFile.LinkedThing> linkedThings(List<LinkView> links) {
        return links.stream().filter(l -> l.kind().equals("PERSON_THING"))
                .map(l -> new PersonFile.LinkedThing(l.thingId(), l.thingText(), l.type(), l.agencyName())).toList();
    }

    /** A search result line: who, and their flags with the least detail. */
    public record Found(long personId, String name, String dateOfBirth, String sex, int records, List<FlagView> flags,
                        String knownAs) {
        @Override
        public String toString() {
            return "Found[person=" + personId + "]";
        }
    }

    /** Searches by name, date of birth, identifier or address; sealed records show only to those who may open them. */
    public List<Found> search(HavenUser viewer, PersonQuery query, String address, int limit) {
        var matches = new ArrayList<>(people.search(query, limit));
        if (address != null && !address.isBlank()) {
            var atAddress = network.personsAtAddress(address, limit);
            if (query.isEmpty()) {
                matches = new ArrayList<>(people.summaries(atAddress));
            } else {
                Set<Long> keep = Set.copyOf(atAddress);
                matches.removeIf(m -> !keep.contains(m.personId()));
            }
        }
        Set<Long> sealed = viewer.hasAny(Role.SEALED_RECORD_HOLDERS) ? Set.of()
                : policy.sealedAmong(matches.stream().map(PersonMatch::personId).toList());
        List<PersonMatch> visible = matches.stream().filter(m -> !sealed.contains(m.personId())).toList();
        Map<Long, List<Flag>> flagged = flags.onPersons(visible.stream().map(PersonMatch::personId).toList());
        log.record(viewer, null, AccessAction.SEARCH, "web", "search", false);
        return visible.stream().map(m -> new Found(m.personId(), m.name(), fmt.date(m.dateOfBirth()),
                m.sex() == null ? "" : fmt.label(m.sex()), m.records(),
                flagViews(viewer, flagged.getOrDefault(m.personId(), List.of()), false),
                String.join(", ", m.aliases()))).toList();
    }

    /** A place with its flags, the people linked to it (restricted where the viewer may not see them) and events there. */
    public record PlaceFile(haven.network.Location location, List<FlagView> flags, List<PersonFile.LinkedPerson> people,
                            List<ChronologyEntry> events) {
    }

    public PlaceFile place(HavenUser viewer, long locationId) {
        var location = network.location(locationId).orElseThrow(() -> new NotFound("There is no location " + locationId + "."));
        var linked = network.peopleAt(locationId);
        Collection<Long> ids = linked.stream().map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, PersonMatch> names = people.summaries(ids).stream().collect(Collectors.toMap(PersonMatch::personId, m -> m));
        Map<Long, List<Flag>> flagged = flags.onPersons(ids);
        var peopleHere = new ArrayList<PersonFile.LinkedPerson>();
        for (var e : linked) {
            boolean visible = !(policy.decide(viewer, e.getKey()) instanceof AccessDecision.Refused)
                    && (viewer.hasAny(Role.SEALED_RECORD_HOLDERS) || !policy.isSealed(e.getKey()));
            var l = e.getValue();
            var name = names.get(e.getKey());
            peopleHere.add(new PersonFile.LinkedPerson(visible ? e.getKey() : null,
                    visible && name != null ? name.name() : "Restricted", l.type(), fmt.date(l.validFrom()),
                    fmt.date(l.validTo()), l.current(), l.agencyName(),
                    flagViews(viewer, flagged.getOrDefault(e.getKey(), List.of()), false), !visible));
        }
        log.record(viewer, null, AccessAction.VIEW_LOCATION, "web", "location " + locationId, false);
        var events = network.eventsAt(locationId, 50).stream()
                .map(ev -> ev.restricted() && !Objects.equals(ev.agencyName(), viewer.agencyName()) ? restricted(ev) : ev).toList();
        return new PlaceFile(location, flagViews(viewer, flags.onLocation(locationId), true), peopleHere, events);
    }
}
