package haven.network.risk.internal;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.network.LinkDraft;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.network.Source;
import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import haven.platform.time.LondonTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's co-location story, after the inspection finding it answers: a registered sex
 * offender managed by the police is recorded by the housing service as living with a mother
 * and her children aged two and five, whose social worker is the demo's social worker. The
 * alert reaches the offender manager and the social worker as soon as the record lands.
 */
@Component
class CoLocationDemoStory implements DemoSeeder {
    private static final String BASIS = "Children Act 2004 s11 and Working Together 2023 information sharing";

    private final People people;
    private final Network network;
    private final Flags flags;
    private final Users users;
    private final AccessPolicy access;
    private final Clock clock;

    CoLocationDemoStory(People people, Network network, Flags flags, Users users, AccessPolicy access, Clock clock) {
        this.people = people;
        this.network = network;
        this.flags = flags;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed(DemoArea area) {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        long police = users.agency(DemoArea.POLICE).orElseThrow().id();
        long ashvale = users.agency("LA-ASH").orElseThrow().id();
        var offender = people.register(new PersonRecordDraft(police, "ViSOR", "VS-DEMO-1", "Darren", "Holloway", List.of(),
                today.minusYears(46).minusDays(120), Sex.MALE, null, "79/214455Q", null, null, null, null, false, BASIS),
                "demo", "registered sex offender");
        flags.raise(new FlagDraft(offender.personId(), null, FlagType.REGISTERED_SEX_OFFENDER,
                "Registered sex offender: convicted of sexual offences against children; no unsupervised contact with children.",
                police, "Management of sexual offenders unit, Northmere Constabulary", today.plusMonths(6), null, false), "demo");
        access.involve(users.byUsername("offender.manager").orElseThrow().id(), offender.personId(), "Offender manager");
        var mother = register(ashvale, "C-DEMO-M", "Kelly", "Marsh", today.minusYears(29).minusDays(40), Sex.FEMALE);
        var older = register(ashvale, "C-DEMO-5", "Tyler", "Marsh", today.minusYears(5).minusDays(70), Sex.MALE);
        var younger = register(ashvale, "C-DEMO-2", "Evie", "Marsh", today.minusYears(2).minusDays(15), Sex.FEMALE);
        long socialWorker = users.byUsername("social.worker").orElseThrow().id();
        access.involve(socialWorker, older.personId(), "Allocated social worker");
        access.involve(socialWorker, younger.personId(), "Allocated social worker");
        long home = network.locate(new LocationDraft("27 Spinners Close", "Ashvale", "NV1 7HD", null, null, "LA-ASH"), "demo");
        network.linkAll(List.of(
                link(ashvale, "family-1", "PARENT", mother.recordId(), older.recordId(), null),
                link(ashvale, "family-2", "PARENT", mother.recordId(), younger.recordId(), null),
                link(ashvale, "home-m", "LIVES_AT", mother.recordId(), null, home),
                link(ashvale, "home-5", "LIVES_AT", older.recordId(), null, home),
                link(ashvale, "home-2", "LIVES_AT", younger.recordId(), null, home)));
        // The housing service's tenancy update names him at the address: the record no single agency connected.
        network.linkAll(List.of(
                link(ashvale, "tenancy-partner", "PARTNER", offender.recordId(), mother.recordId(), null),
                link(ashvale, "tenancy-home", "LIVES_AT", offender.recordId(), null, home)));
    }

    private haven.identity.RecordRegistered register(long agency, String id, String given, String family, LocalDate dob, Sex sex) {
        return people.register(new PersonRecordDraft(agency, "Mosaic", id, given, family, List.of(), dob, sex, null, null, null,
                null, null, null, false, BASIS), "demo", "demo story");
    }

    private static LinkDraft link(long agency, String id, String type, long from, Long toRecord, Long toLocation) {
        return new LinkDraft(new Source(agency, "Housing", "demo-" + id, BASIS, "demo"), type, from, toRecord, toLocation, null,
                null, null);
    }
}
