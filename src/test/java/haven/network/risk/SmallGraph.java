package haven.network.risk;

import haven.access.Users;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.RecordRegistered;
import haven.identity.Sex;
import haven.network.LinkDraft;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.network.Source;
import haven.platform.demo.DemoArea;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds small, separate graphs through the foundation's facades, as an agency's import would. */
final class SmallGraph {
    static final String BASIS = "Children Act 2004 s11";
    final People people;
    final Network network;
    final Flags flags;
    final Users users;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    private int counter;

    SmallGraph(People people, Network network, Flags flags, Users users) {
        this.people = people;
        this.network = network;
        this.flags = flags;
        this.users = users;
    }

    long agency(String code) {
        return users.agency(code).orElseThrow().id();
    }

    /** A person record from the agency; {@code age} years old today (roughly). */
    RecordRegistered person(String agencyCode, String given, String family, int age, Sex sex) {
        String id = run + "-" + (++counter);
        return people.register(new PersonRecordDraft(agency(agencyCode), "Test", id, given, family, List.of(),
                LocalDate.now().minusYears(age).minusDays(30), sex, null, null, null, null, null, null, false, BASIS),
                "test", "test graph");
    }

    long place(String line, String areaCode) {
        return network.locate(new LocationDraft(line + " " + run, "Ashvale", "NV1 " + (1 + counter % 9) + "AB", null, null, areaCode),
                "test");
    }

    Source source(String agencyCode) {
        return new Source(agency(agencyCode), "Test", run + "-link-" + (++counter), BASIS, "test");
    }

    LinkDraft personLink(String type, RecordRegistered from, RecordRegistered to) {
        return new LinkDraft(source(DemoArea.POLICE), type, from.recordId(), to.recordId(), null, null, LocalDate.now().minusMonths(6), null);
    }

    LinkDraft placeLink(String type, RecordRegistered from, long location) {
        return new LinkDraft(source(DemoArea.POLICE), type, from.recordId(), null, location, null, LocalDate.now().minusMonths(6), null);
    }

    LinkDraft thingLink(String type, RecordRegistered from, long thing) {
        return new LinkDraft(source(DemoArea.POLICE), type, from.recordId(), null, null, thing, LocalDate.now().minusMonths(6), null);
    }

    LinkDraft ended(LinkDraft l) {
        return new LinkDraft(l.source(), l.type(), l.fromRecord(), l.toRecord(), l.toLocation(), l.toThing(),
                LocalDate.now().minusYears(3), LocalDate.now().minusYears(2));
    }

    long flag(long personId, FlagType type) {
        return flags.raise(new FlagDraft(personId, null, type, "Test flag.", agency(DemoArea.POLICE), "Public protection unit",
                null, null, false), "test");
    }

    void link(LinkDraft... links) {
        network.linkAll(List.of(links));
    }
}
