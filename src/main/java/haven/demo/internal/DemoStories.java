package haven.demo.internal;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.demo.internal.Population.Resident;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.network.EventDraft;
import haven.network.LinkDraft;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.network.Participant;
import haven.network.Source;
import haven.platform.demo.DemoArea;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agencies record about the households known to them: referrals, incidents with
 * children present, missing episodes, assessments and meetings, flags, and one
 * exploitation network around a place that no single agency sees whole.
 */
@Component
class DemoStories {
    private static final String BASIS = PopulationWriter.BASIS;

    private final Network network;
    private final Flags flags;
    private final People people;
    private final Users users;
    private final AccessPolicy access;
    private final Clock clock;
    private long eventCounter;

    DemoStories(Network network, Flags flags, People people, Users users, AccessPolicy access, Clock clock) {
        this.network = network;
        this.flags = flags;
        this.people = people;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    private final java.util.Map<String, Long> agencyIds = new java.util.concurrent.ConcurrentHashMap<>();

    private long agency(String code) {
        return agencyIds.computeIfAbsent(code, c -> users.agency(c).orElseThrow().id());
    }

    private Instant daysAgo(Population pop, int maxDays) {
        return clock.instant().minus(Duration.ofMinutes(60L * 24 * (1 + pop.random().nextInt(maxDays)) + pop.random().nextInt(600)));
    }

    private void event(List<EventDraft> out, long agency, String system, String type, Instant at, Long location,
                       String summary, List<Participant> participants) {
        eventCounter++;
        out.add(new EventDraft(new Source(agency, system, type.toLowerCase() + "-" + at.toEpochMilli() + "-" + eventCounter,
                BASIS, "demo"), type, at, null, location, summary, false, participants));
    }

    /** Records, for each known household, what the agencies did; returns the flagged adults' person ids. */
    /** Adds what agencies recorded about a known household to {@code out}; returns the flagged adults' person ids. */
    @Transactional
    List<Long> household(PopulationWriter.Written w, Population pop, List<EventDraft> out) {
        var hh = w.household();
        if (!hh.known()) {
            return List.of();
        }
        String la = DemoArea.LOCAL_AUTHORITIES.get(hh.authority());
        long laAgency = agency(la);
        long police = agency(DemoArea.POLICE);
        long health = agency(DemoArea.HEALTH);
        var flagged = new ArrayList<Long>();
        var childParts = new ArrayList<Participant>();
        for (var c : hh.children()) {
            Long rec = w.recordByResident().get(c.key());
            if (rec != null) {
                childParts.add(new Participant(rec, "CHILD_PRESENT"));
            }
        }
        var adultParts = new ArrayList<Participant>();
        for (int i = 0; i < hh.adults().size(); i++) {
            Long rec = w.policeRecordByResident().getOrDefault(hh.adults().get(i).key(), w.recordByResident().get(hh.adults().get(i).key()));
            if (rec != null) {
                adultParts.add(new Participant(rec, i == 0 ? "VICTIM" : "SUSPECT"));
            }
        }
        if (pop.chance(0.6) && !adultParts.isEmpty()) {
            var parts = new ArrayList<>(adultParts);
            parts.addAll(childParts);
            event(out, police, "Niche", "INCIDENT", daysAgo(pop, 700), w.homeId(),
                    "Domestic abuse incident at the home; officers attended; children present in the house.", parts);
        }
        for (var c : hh.children()) {
            Long rec = w.recordByResident().get(c.key());
            Long person = w.personByResident().get(c.key());
            if (rec == null || person == null) {
                continue;
            }
            var subject = List.of(new Participant(rec, "SUBJECT"));
            event(out, laAgency, "Mosaic", "REFERRAL", daysAgo(pop, 600), null,
                    pop.pick(List.of("Referral from police after a domestic abuse incident.", "Referral from school: child arrived hungry and withdrawn.",
                            "Referral from health visitor: missed appointments and concerns about home conditions.",
                            "Referral from neighbour: children left alone overnight.")), subject);
            if (pop.chance(0.5)) {
                event(out, laAgency, "Mosaic", "ASSESSMENT", daysAgo(pop, 400), null, "Child and family assessment completed.", subject);
            }
            if (pop.chance(0.25)) {
                event(out, laAgency, "Mosaic", "MEETING", daysAgo(pop, 300), null, "Initial child protection conference held; plan agreed.", subject);
                flags.raise(new FlagDraft(person, null, FlagType.CHILD_PROTECTION_PLAN, "Subject of a child protection plan (neglect).",
                        laAgency, DemoArea.LOCAL_AUTHORITIES.get(hh.authority()) + " duty team", today().plusMonths(3), null, false), "demo");
            }
            int age = java.time.Period.between(c.dob(), today()).getYears();
            if (age >= 11 && pop.chance(0.2)) {
                int episodes = 1 + pop.random().nextInt(4);
                for (int e = 0; e < episodes; e++) {
                    event(out, police, "Niche", "MISSING_EPISODE", daysAgo(pop, 120), w.homeId(),
                            "Reported missing from home overnight; found the next day.", subject);
                }
                if (episodes >= 3) {
                    flags.raise(new FlagDraft(person, null, FlagType.MISSING_RISK, "Repeatedly missing from home.", police,
                            "Missing persons coordinator, Northmere Constabulary", today().plusMonths(1), null, false), "demo");
                }
            }
            if (age < 5 && pop.chance(0.5)) {
                event(out, health, "RiO", "NOTE", daysAgo(pop, 300), null, "Health visitor home visit; development checks.", subject);
            }
        }
        for (var a : hh.adults()) {
            Long person = w.personByResident().get(a.key());
            if (person != null && a.sex() == Sex.MALE && pop.chance(0.05)) {
                flags.raise(new FlagDraft(person, null, FlagType.RISK_TO_CHILDREN, "Convicted of offences against children.", police,
                        "Public protection unit, Northmere Constabulary", today().plusMonths(6), null, false), "demo");
                flagged.add(person);
            }
        }
        return flagged;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(haven.platform.time.LondonTime.ZONE));
    }

    /**
     * One exploitation network in Ashvale: a flat where several children known to different
     * agencies stay, an adult suspected of exploiting them, and a shared phone.
     */
    @Transactional
    List<Long> exploitationNetwork(List<PopulationWriter.Written> ashvale, Population pop) {
        var out = new ArrayList<EventDraft>();
        long police = agency(DemoArea.POLICE);
        long flat = network.locate(new LocationDraft("Flat 2, 14 Foundry Walk", "Ashvale", "NV1 4QT", null, null, "LA-ASH"), "demo");
        flags.raise(new FlagDraft(null, flat, FlagType.EXPLOITATION_HOTSPOT,
                "Children reported missing have been found here; suspected cuckooed flat.", police,
                "Exploitation team, Northmere Constabulary", today().plusMonths(2), null, false), "demo");
        var adult = people.register(new PersonRecordDraft(police, "Niche", "P-EXPL-1", pop.pick(Names.BOYS), pop.pick(Names.SURNAMES), List.of(),
                today().minusYears(31).minusDays(40), Sex.MALE, null, "95/104322K", null, null, "07700 900123", null, false,
                BASIS), "demo", "intelligence report");
        flags.raise(new FlagDraft(adult.personId(), null, FlagType.EXPLOITATION_SUSPECT,
                "Suspected of exploiting children to sell drugs (intelligence graded B2).", police,
                "Exploitation team, Northmere Constabulary", today().plusMonths(2), null, true), "demo");
        flags.raise(new FlagDraft(adult.personId(), null, FlagType.RISK_TO_CHILDREN, "Poses a risk to children: exploitation.", police,
                "Exploitation team, Northmere Constabulary", today().plusMonths(2), null, false), "demo");
        long phone = network.thing("PHONE", "07700 900123", "Mobile phone", "demo");
        var links = new ArrayList<LinkDraft>();
        links.add(new LinkDraft(new Source(police, "Niche", "expl-adult-frequents", BASIS, "demo"), "FREQUENTS", adult.recordId(),
                null, flat, null, today().minusMonths(5), null));
        links.add(new LinkDraft(new Source(police, "Niche", "expl-adult-phone", BASIS, "demo"), "USES", adult.recordId(), null, null,
                phone, today().minusMonths(5), null));
        var children = new ArrayList<Long>();
        for (var w : ashvale) {
            for (Resident c : w.household().children()) {
                int age = java.time.Period.between(c.dob(), today()).getYears();
                Long rec = w.recordByResident().get(c.key());
                if (age >= 13 && age <= 16 && rec != null && children.size() < 3) {
                    children.add(w.personByResident().get(c.key()));
                    links.add(new LinkDraft(new Source(police, "Niche", "expl-assoc-" + rec, BASIS, "demo"), "ASSOCIATE", rec,
                            adult.recordId(), null, null, today().minusMonths(3), null));
                    links.add(new LinkDraft(new Source(police, "Niche", "expl-stays-" + rec, BASIS, "demo"), "STAYS_AT", rec, null,
                            flat, null, today().minusMonths(2), null));
                    links.add(new LinkDraft(new Source(police, "Niche", "expl-phone-" + rec, BASIS, "demo"), "USES", rec, null, null,
                            phone, today().minusMonths(2), null));
                    for (int e = 0; e < 3; e++) {
                        event(out, police, "Niche", "MISSING_EPISODE", daysAgo(pop, 60), flat,
                                "Missing overnight; found at Flat 2, 14 Foundry Walk with an adult male.",
                                List.of(new Participant(rec, "SUBJECT"), new Participant(adult.recordId(), "OTHER")));
                    }
                    flags.raise(new FlagDraft(w.personByResident().get(c.key()), null, FlagType.EXPLOITATION_RISK,
                            "At risk of criminal exploitation; found at a suspected cuckooed flat.", police,
                            "Exploitation team, Northmere Constabulary", today().plusMonths(1), null, false), "demo");
                }
            }
            if (children.size() >= 3) {
                break;
            }
        }
        network.linkAll(links);
        network.recordEvents(out);
        access.involve(users.byUsername("police.officer").orElseThrow().id(), adult.personId(), "Officer in the case");
        children.forEach(c -> access.involve(users.byUsername("police.officer").orElseThrow().id(), c, "Officer in the case"));
        return children;
    }
}
