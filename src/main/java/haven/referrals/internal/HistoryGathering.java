package haven.referrals.internal;

import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.HavenUser;
import haven.flags.Flag;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.network.ChronologyEntry;
import haven.network.LinkView;
import haven.network.Network;
import haven.referrals.ReferralHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gathers the child's relevant history for the receiving local authority through the foundation's
 * facades: earlier referrals, flags, police events, and the flags and police events (as a suspect)
 * of adults in the household, found by family links and by living at the child's current home.
 * Every person read is written to the access log as shared with the local authority.
 */
@Component
public class HistoryGathering {
    static final Set<String> HOUSEHOLD_LINKS = Set.of("PARENT", "CARER", "HOUSEHOLD_MEMBER", "PARTNER", "SIBLING");
    static final int MAX_EVENTS = 20;

    private final People people;
    private final Network network;
    private final Flags flags;
    private final AccessLog accessLog;
    private final ReferralStore store;
    private final Clock clock;

    HistoryGathering(People people, Network network, Flags flags, AccessLog accessLog, ReferralStore store, Clock clock) {
        this.people = people;
        this.network = network;
        this.flags = flags;
        this.accessLog = accessLog;
        this.store = store;
        this.clock = clock;
    }

    /** Where the child lives now: the local authority area of the newest current home. */
    public String currentArea(long childPersonId) {
        return network.linksOf(childPersonId).stream()
                .filter(l -> "LIVES_AT".equals(l.type()) && l.current() && l.locationId() != null)
                .map(l -> network.location(l.locationId()).map(haven.network.Location::areaCode).orElse(null))
                .filter(Objects::nonNull).findFirst()
                .orElseGet(() -> network.areasOf(childPersonId).stream().sorted().findFirst().orElse(null));
    }

    public ReferralHistory gather(HavenUser referrer, long childPersonId, String laCode, String reference) {
        String why = "history attached to referral " + reference + " for " + laCode;
        accessLog.record(referrer, childPersonId, AccessAction.EXPORT, "referral", why, false);
        var previous = new ArrayList<ReferralHistory.PreviousReferral>(store.previousOf(childPersonId));
        List<ChronologyEntry> chronology = network.chronologyOf(childPersonId);
        chronology.stream().filter(e -> "REFERRAL".equals(e.type()))
                .map(e -> new ReferralHistory.PreviousReferral(e.occurredAt(), e.agencyName(), shown(e), null))
                .forEach(previous::add);
        var police = chronology.stream().filter(e -> "POLICE".equals(e.agencyType())).limit(MAX_EVENTS)
                .map(e -> new ReferralHistory.EventNote(e.occurredAt(), e.type(), e.role(), shown(e))).toList();

        List<LinkView> links = network.linksOf(childPersonId);
        Map<Long, String> household = new LinkedHashMap<>();
        links.stream().filter(l -> "PERSON_PERSON".equals(l.kind()) && l.current() && l.otherPersonId() != null
                        && l.otherPersonId() != childPersonId && HOUSEHOLD_LINKS.contains(l.type()))
                .forEach(l -> household.putIfAbsent(l.otherPersonId(), l.type()));
        links.stream().filter(l -> "LIVES_AT".equals(l.type()) && l.current() && l.locationId() != null)
                .flatMap(l -> network.peopleAt(l.locationId()).stream())
                .filter(e -> e.getValue().current() && "LIVES_AT".equals(e.getValue().type()) && e.getKey() != childPersonId)
                .forEach(e -> household.putIfAbsent(e.getKey(), "LIVES_AT_SAME_ADDRESS"));
        LocalDate today = LocalDate.now(clock.withZone(haven.platform.time.LondonTime.ZONE));
        Map<Long, PersonMatch> known = new LinkedHashMap<>();
        people.summaries(household.keySet()).forEach(m -> known.put(m.personId(), m));
        var adults = new ArrayList<ReferralHistory.HouseholdAdult>();
        var children = new ArrayList<Long>();
        Map<Long, List<Flag>> adultFlags = flags.onPersons(household.keySet());
        for (var entry : household.entrySet()) {
            var m = known.get(entry.getKey());
            boolean adult = m != null && m.dateOfBirth() != null && Period.between(m.dateOfBirth(), today).getYears() >= 18;
            if (!adult) {
                children.add(entry.getKey());
                continue;
            }
            accessLog.record(referrer, entry.getKey(), AccessAction.EXPORT, "referral",
                    "household adult of the child in referral " + reference, false);
            var asSuspect = network.chronologyOf(entry.getKey()).stream()
                    .filter(e -> "POLICE".equals(e.agencyType()) && e.role() != null && e.role().contains("SUSPECT"))
                    .limit(MAX_EVENTS).map(e -> new ReferralHistory.EventNote(e.occurredAt(), e.type(), e.role(), shown(e)))
                    .toList();
            adults.add(new ReferralHistory.HouseholdAdult(entry.getKey(), entry.getValue(),
                    notes(adultFlags.getOrDefault(entry.getKey(), List.of())), asSuspect));
        }
        return new ReferralHistory(clock.instant(), previous, notes(flags.onPerson(childPersonId)), police, adults, children);
    }

    private static String shown(ChronologyEntry e) {
        return e.restricted() ? "Restricted: ask " + e.agencyName() + " for the detail." : e.summary();
    }

    /** Detail is shared only where the owner shares it with all practitioners; otherwise whom to ask. */
    private static List<ReferralHistory.FlagNote> notes(List<Flag> list) {
        return list.stream().map(f -> new ReferralHistory.FlagNote(f.label(), f.ownerAgencyName(), f.ownerContact(),
                "OWNER_AGENCY".equals(f.visibility()) ? null : f.reason())).toList();
    }
}
