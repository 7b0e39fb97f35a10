package haven.network.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haven.access.Users;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.RecordRegistered;
import haven.identity.Sex;
import haven.network.EventDraft;
import haven.network.Network;
import haven.network.Participant;
import haven.platform.demo.DemoArea;
import haven.platform.web.InvalidInput;
import haven.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The network queries on a small graph built through the foundation's facades, on the real database. */
class RiskNetworkQueriesIntegrationTest extends IntegrationTest {
    @Autowired People people;
    @Autowired Network network;
    @Autowired Flags flags;
    @Autowired Users users;
    @Autowired RiskNetwork risk;

    SmallGraph g;
    RecordRegistered child;
    RecordRegistered parent;
    RecordRegistered offender;
    RecordRegistered teen;
    RecordRegistered oldFriend;
    long home;
    long phone;

    /**
     * child lives at home with parent; parent's partner is a registered sex offender who
     * lives elsewhere and shares a phone with a teenager; an old friendship of the parent ended.
     */
    @BeforeEach
    void buildGraph() {
        g = new SmallGraph(people, network, flags, users);
        child = g.person(DemoArea.LOCAL_AUTHORITIES.get(0), "Maisie", "Quarrington", 7, Sex.FEMALE);
        parent = g.person(DemoArea.LOCAL_AUTHORITIES.get(0), "Dawn", "Quarrington", 33, Sex.FEMALE);
        offender = g.person(DemoArea.POLICE, "Lyle", "Brackwater", 45, Sex.MALE);
        teen = g.person(DemoArea.POLICE, "Tyler", "Ormsby", 15, Sex.MALE);
        oldFriend = g.person(DemoArea.POLICE, "Gordon", "Vesey", 50, Sex.MALE);
        home = g.place("3 Tanners Row", "LA-ASH");
        long elsewhere = g.place("9 Kiln Lane", "LA-ASH");
        phone = network.thing("PHONE", "07700 " + g.run, "Mobile", "test");
        g.flag(offender.personId(), FlagType.REGISTERED_SEX_OFFENDER);
        g.link(g.personLink("PARENT", parent, child), g.placeLink("LIVES_AT", parent, home), g.placeLink("LIVES_AT", child, home),
                g.personLink("PARTNER", offender, parent), g.placeLink("LIVES_AT", offender, elsewhere),
                g.thingLink("USES", offender, phone), g.thingLink("USES", teen, phone),
                g.ended(g.personLink("ASSOCIATE", oldFriend, parent)));
    }

    private Set<String> keys(haven.network.risk.internal.Traversal.Reach reach) {
        return reach.hops().keySet();
    }

    @Test
    void oneHopFromAChildReachesTheirParentAndHomeButNotTheParentsPartner() {
        var reach = risk.reach(NodeKind.PERSON, child.personId(), new NetworkQuery(1, null, false));
        assertThat(keys(reach)).contains("P" + parent.personId(), "L" + home).doesNotContain("P" + offender.personId());
        assertThat(reach.hops()).containsEntry("P" + child.personId(), 0).containsEntry("P" + parent.personId(), 1);
    }

    @Test
    void twoHopsFromAChildReachTheParentsPartnerWithTheirDistance() {
        var reach = risk.reach(NodeKind.PERSON, child.personId(), NetworkQuery.twoHops());
        assertThat(reach.hops()).containsEntry("P" + offender.personId(), 2);
        assertThat(reach.edges()).anyMatch(e -> e.type().equals("PARTNER"));
    }

    @Test
    void followsOnlyTheChosenLinkTypes() {
        var reach = risk.reach(NodeKind.PERSON, child.personId(), new NetworkQuery(2, Set.of("LIVES_AT"), false));
        assertThat(keys(reach)).contains("L" + home, "P" + parent.personId()).doesNotContain("P" + offender.personId());
    }

    @Test
    void leavesOutEndedLinksUnlessAskedFor() {
        var current = risk.reach(NodeKind.PERSON, parent.personId(), new NetworkQuery(1, null, false));
        var all = risk.reach(NodeKind.PERSON, parent.personId(), new NetworkQuery(1, null, true));
        assertThat(keys(current)).doesNotContain("P" + oldFriend.personId());
        assertThat(keys(all)).contains("P" + oldFriend.personId());
        assertThat(all.edges()).anyMatch(e -> e.type().equals("ASSOCIATE") && !e.current());
    }

    @Test
    void reachesPeopleThroughASharedPhone() {
        var reach = risk.reach(NodeKind.THING, phone, new NetworkQuery(1, null, false));
        assertThat(keys(reach)).contains("P" + offender.personId(), "P" + teen.personId());
    }

    @Test
    void followsEventsOnlyWhenAsked() {
        long event = network.recordEvent(new EventDraft(g.source(DemoArea.POLICE), "INCIDENT", Instant.now().minus(Duration.ofDays(3)),
                null, home, "Incident at the home.", false, List.of(new Participant(child.recordId(), "CHILD_PRESENT"),
                new Participant(teen.recordId(), "WITNESS"))));
        var without = risk.reach(NodeKind.PERSON, child.personId(), new NetworkQuery(2, null, false));
        var with = risk.reach(NodeKind.PERSON, child.personId(), new NetworkQuery(2, Set.of("EVENT", "PARENT"), false));
        assertThat(keys(without)).doesNotContain("E" + event);
        assertThat(with.hops()).containsEntry("E" + event, 1).containsEntry("P" + teen.personId(), 2);
    }

    @Test
    void refusesHopsOutsideOneToThreeNamingTheField() {
        assertThatThrownBy(() -> risk.reach(NodeKind.PERSON, child.personId(), new NetworkQuery(4, null, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("hops")));
        assertThatThrownBy(() -> risk.reach(NodeKind.PERSON, child.personId(), new NetworkQuery(2, Set.of("KNOWS"), false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("types")));
    }

    @Test
    void findsChildrenLinkedToAFlaggedAdultAsPartnerOfTheirParentAndByASharedPhone() {
        var viewer = users.byUsername("police.sergeant").orElseThrow();
        var linked = risk.childrenLinkedToRisk(viewer, null, offender.personId(), 100, 0);
        assertThat(linked).anySatisfy(c -> {
            assertThat(c.childPersonId()).isEqualTo(child.personId());
            assertThat(c.how()).contains("Partner of the child's parent");
            assertThat(c.riskFlags()).contains("Registered sex offender");
        });
        assertThat(linked).anySatisfy(c -> {
            assertThat(c.childPersonId()).isEqualTo(teen.personId());
            assertThat(c.how()).contains("Shares a phone");
        });
        assertThat(linked).noneMatch(c -> c.childPersonId() == parent.personId());
    }

    @Test
    void findsAPlaceWhereSeveralChildrenAtRiskStayAsAHotspotWithCounts() {
        long flat = g.place("Flat 7, Mill Court", "LA-ASH");
        var first = g.person(DemoArea.POLICE, "Kayden", "Ashdown", 14, Sex.MALE);
        var second = g.person(DemoArea.POLICE, "Rhys", "Pellow", 15, Sex.MALE);
        var third = g.person(DemoArea.POLICE, "Jade", "Corrie", 16, Sex.FEMALE);
        for (var c : List.of(first, second, third)) {
            g.flag(c.personId(), FlagType.EXPLOITATION_RISK);
        }
        g.link(g.placeLink("STAYS_AT", first, flat), g.placeLink("STAYS_AT", second, flat), g.placeLink("LIVES_AT", third, flat));
        network.recordEvent(new EventDraft(g.source(DemoArea.POLICE), "MISSING_EPISODE", Instant.now().minus(Duration.ofDays(10)),
                null, flat, "Found at the flat.", false, List.of(new Participant(first.recordId(), "SUBJECT"))));
        var viewer = users.byUsername("police.sergeant").orElseThrow();
        var spots = risk.hotspots(viewer, 90, 2, "LA-ASH", 200);
        assertThat(spots).anySatisfy(h -> {
            assertThat(h.locationId()).isEqualTo(flat);
            assertThat(h.children()).as("the child who lives there does not count").isEqualTo(2);
            assertThat(h.links()).isEqualTo(2);
            assertThat(h.events()).isEqualTo(1);
        });
        assertThat(risk.hotspots(viewer, 90, 3, "LA-ASH", 200)).noneMatch(h -> h.locationId() == flat);
    }

    @Test
    void findsTheDemoExploitationFlatAsAHotspot() {
        var viewer = users.byUsername("police.officer").orElseThrow();
        // Until the linkage engine joins every agency's record of each child, some of the children there are still
        // separate persons from their flagged selves; two always carry the flag.
        assertThat(risk.hotspots(viewer, 180, 2, null, 50)).anySatisfy(h -> {
            assertThat(h.address()).startsWith("Flat 2, 14 Foundry Walk");
            assertThat(h.children()).isGreaterThanOrEqualTo(2);
            assertThat(h.riskAdults()).isEqualTo(1);
            assertThat(h.placeFlags()).contains("Place linked to exploitation");
        });
    }
}
