package haven.demo.internal;

import haven.access.Users;
import haven.demo.internal.Population.Household;
import haven.demo.internal.Population.Resident;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.RecordRegistered;
import haven.network.LinkDraft;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.network.Source;
import haven.platform.demo.DemoArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a batch of households as the agencies would hold them: each agency its own
 * record of each person (with the typos, nicknames, transposed dates, old addresses and
 * missing identifiers real extracts carry), home addresses and family links.
 */
@Component
class PopulationWriter {
    static final String BY = "demo";
    static final String BASIS = "Children Act 2004 s11 and Working Together 2023 information sharing";

    private final People people;
    private final Network network;
    private final Users users;
    private final java.time.Clock clock;
    private Map<String, Long> agencies;

    PopulationWriter(People people, Network network, Users users, java.time.Clock clock) {
        this.people = people;
        this.network = network;
        this.users = users;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(haven.platform.time.LondonTime.ZONE));
    }

    /** What was written for one household: the person id of each resident, by resident key. */
    record Written(Household household, Map<Long, Long> personByResident, Map<Long, Long> recordByResident,
                   Map<Long, Long> policeRecordByResident, long homeId) {
    }

    private long agency(String code) {
        if (agencies == null) {
            agencies = new HashMap<>();
            users.agencies().forEach(a -> agencies.put(a.code(), a.id()));
        }
        return agencies.get(code);
    }

    @Transactional
    List<Written> write(List<Household> households, Population pop) {
        var drafts = new ArrayList<PersonRecordDraft>();
        var owners = new ArrayList<long[]>(); // {household index, resident key, agency kind}
        for (int h = 0; h < households.size(); h++) {
            var hh = households.get(h);
            String la = DemoArea.LOCAL_AUTHORITIES.get(hh.authority());
            String schoolCode = "SCH-" + Population.TOWNS.get(hh.authority()).toUpperCase();
            var everyone = new ArrayList<Resident>(hh.adults());
            everyone.addAll(hh.children());
            for (var r : everyone) {
                if (pop.chance(0.95)) {
                    drafts.add(draft(pop, r, agency(DemoArea.HEALTH), "RiO", "H" + r.key(), r.nhs(), null, null, null, 0.02));
                    owners.add(new long[] {h, r.key(), 0});
                }
                if (r.child() && age(r) >= 4 && age(r) <= 16) {
                    drafts.add(draft(pop, r, agency(schoolCode), "SIMS", "S" + r.key(), null, null,
                            "A" + String.format("%012d", r.key() * 7919 % 1_000_000_000_000L), null, 0.08));
                    owners.add(new long[] {h, r.key(), 1});
                }
                if (hh.known()) {
                    drafts.add(draft(pop, r, agency(la), "Mosaic", "C" + r.key(), pop.chance(0.6) ? r.nhs() : null, null, null,
                            la.substring(3) + String.format("%07d", r.key()), 0.05));
                    owners.add(new long[] {h, r.key(), 2});
                }
                boolean police = hh.known() ? pop.chance(r.child() ? 0.35 : 0.5) : pop.chance(r.child() ? 0.02 : 0.08);
                if (police) {
                    String pnc = r.child() && age(r) < 10 ? null
                            : String.format("%02d/%06d%c", r.dob().getYear() % 100, r.key() % 1_000_000, (char) ('A' + r.key() % 26));
                    drafts.add(withStreetName(r, draft(pop, r, agency(DemoArea.POLICE), "Niche", "P" + r.key(), null, pnc,
                            null, null, 0.10)));
                    owners.add(new long[] {h, r.key(), 3});
                }
            }
        }
        List<RecordRegistered> registered = people.registerAll(drafts, BY, "demo area loaded");

        var homes = network.locateAll(households.stream()
                .map(hh -> new LocationDraft(hh.address(), hh.town(), hh.postcode(), null, null,
                        DemoArea.LOCAL_AUTHORITIES.get(hh.authority()))).toList(), BY);
        var previous = new HashMap<Integer, Long>();
        var previousDrafts = new ArrayList<LocationDraft>();
        var previousIndex = new ArrayList<Integer>();
        for (int h = 0; h < households.size(); h++) {
            var hh = households.get(h);
            if (hh.previousAddress() != null) {
                previousDrafts.add(new LocationDraft(hh.previousAddress(), hh.town(), hh.previousPostcode(), null, null,
                        DemoArea.LOCAL_AUTHORITIES.get(hh.authority())));
                previousIndex.add(h);
            }
        }
        var previousIds = network.locateAll(previousDrafts, BY);
        for (int i = 0; i < previousIndex.size(); i++) {
            previous.put(previousIndex.get(i), previousIds.get(i));
        }

        var written = new ArrayList<Written>();
        var perHousehold = new ArrayList<Map<Long, Long>>();
        var recordsPerHousehold = new ArrayList<Map<Long, Long>>();
        var policePerHousehold = new ArrayList<Map<Long, Long>>();
        for (int h = 0; h < households.size(); h++) {
            perHousehold.add(new HashMap<>());
            recordsPerHousehold.add(new HashMap<>());
            policePerHousehold.add(new HashMap<>());
        }
        var links = new ArrayList<LinkDraft>();
        for (int i = 0; i < registered.size(); i++) {
            int h = (int) owners.get(i)[0];
            long residentKey = owners.get(i)[1];
            long kind = owners.get(i)[2];
            var reg = registered.get(i);
            perHousehold.get(h).putIfAbsent(residentKey, reg.personId());
            if (kind == 2 || !recordsPerHousehold.get(h).containsKey(residentKey)) {
                recordsPerHousehold.get(h).put(residentKey, reg.recordId()); // prefer the social-care record
            }
            if (kind == 3) {
                policePerHousehold.get(h).put(residentKey, reg.recordId());
            }
            var d = drafts.get(i);
            boolean oldAddress = previous.containsKey(h) && kind == 3 && pop.chance(0.5);
            links.add(new LinkDraft(new Source(d.agencyId(), d.sourceSystem(), d.sourceId() + "-home", BASIS, BY), "LIVES_AT",
                    reg.recordId(), null, oldAddress ? previous.get(h) : homes.get(h), null,
                    today().minusYears(oldAddress ? 4 : 1), oldAddress ? today().minusYears(1) : null));
        }
        for (int h = 0; h < households.size(); h++) {
            var hh = households.get(h);
            var records = recordsPerHousehold.get(h);
            long source = agency(hh.known() ? DemoArea.LOCAL_AUTHORITIES.get(hh.authority()) : DemoArea.HEALTH);
            for (var child : hh.children()) {
                Long c = records.get(child.key());
                if (c == null) {
                    continue;
                }
                for (var adult : hh.adults()) {
                    Long a = records.get(adult.key());
                    if (a != null) {
                        links.add(new LinkDraft(new Source(source, "family", a + "-parent-" + c, BASIS, BY), "PARENT", a, c,
                                null, null, child.dob(), null));
                    }
                }
                for (var sibling : hh.children()) {
                    Long s = records.get(sibling.key());
                    if (s != null && sibling.key() > child.key()) {
                        links.add(new LinkDraft(new Source(source, "family", c + "-sibling-" + s, BASIS, BY), "SIBLING", c, s,
                                null, null, null, null));
                    }
                }
            }
            if (hh.adults().size() == 2) {
                Long a = records.get(hh.adults().get(0).key());
                Long b = records.get(hh.adults().get(1).key());
                if (a != null && b != null) {
                    links.add(new LinkDraft(new Source(source, "family", a + "-partner-" + b, BASIS, BY), "PARTNER", a, b,
                            null, null, null, null));
                }
            }
            written.add(new Written(hh, perHousehold.get(h), records, policePerHousehold.get(h), homes.get(h)));
        }
        int linked = network.linkAll(links);
        people.refreshStatisticsAfter(drafts.size());
        network.refreshStatisticsAfter(linked);
        return written;
    }

    /** Names the police know some young people and adults by, as an intelligence record would hold them. */
    private static final List<String> STREET_NAMES = List.of("Tiny", "Ghost", "Smokey", "Dizzy", "Bugsy", "Lil Man",
            "Shadow", "Spider", "Kash", "Dot", "Bones", "Pepper", "Rio", "Sparks");

    /**
     * One police record in 41 of someone aged 12 or more carries a street name and a shortened own name as aliases
     * ("also known as"), chosen from the resident's key, so the rest of the demo area draws the same random numbers
     * as before.
     */
    private PersonRecordDraft withStreetName(Resident r, PersonRecordDraft d) {
        if (r.key() % 41 != 0 || age(r) < 12) {
            return d;
        }
        String street = STREET_NAMES.get((int) (r.key() / 41 % STREET_NAMES.size()));
        String shortName = d.givenNames().split(" ")[0];
        shortName = shortName.length() > 3 ? shortName.substring(0, 3) : shortName;
        return new PersonRecordDraft(d.agencyId(), d.sourceSystem(), d.sourceId(), d.givenNames(), d.familyName(),
                List.of(street, shortName + " " + d.familyName()), d.dateOfBirth(), d.sex(), d.nhsNumber(), d.pncId(),
                d.upn(), d.laId(), d.phone(), d.email(), d.sealed(), d.lawfulBasis());
    }

    private PersonRecordDraft draft(Population pop, Resident r, long agency, String system, String sourceId, String nhs,
                                    String pnc, String upn, String laId, double errorRate) {
        String given = r.given();
        String family = r.family();
        LocalDate dob = r.dob();
        if (pop.chance(errorRate)) {
            given = Names.typo(given, pop.random());
        }
        if (pop.chance(errorRate)) {
            family = Names.typo(family, pop.random());
        }
        String first = given.split(" ")[0];
        if (pop.chance(0.1) && Names.NICKNAMES.containsKey(first)) {
            given = Names.NICKNAMES.get(first);
        } else if (pop.chance(0.3) && given.contains(" ")) {
            given = first; // middle name dropped
        }
        if (pop.chance(errorRate / 2) && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()); // day and month transposed
        }
        return new PersonRecordDraft(agency, system, sourceId, given, family, List.of(), dob, r.sex(), nhs, pnc, upn, laId,
                null, null, false, BASIS);
    }

    private int age(Resident r) {
        return java.time.Period.between(r.dob(), today()).getYears();
    }
}
