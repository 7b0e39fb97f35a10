package haven.network.risk;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.network.EventDraft;
import haven.network.LinkDraft;
import haven.network.Network;
import haven.network.Participant;
import haven.platform.demo.DemoArea;
import haven.support.Api;
import haven.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The co-location alert: a record that puts an adult flagged as posing a risk to children
 * at a child's address, in their household or beside their parent raises an alert to the
 * adult's offender manager and the child's social worker (or the area's hub) within seconds.
 */
class CoLocationAlertIntegrationTest extends IntegrationTest {
    @Autowired People people;
    @Autowired Network network;
    @Autowired Flags flags;
    @Autowired Users users;
    @Autowired AccessPolicy access;
    @Autowired RiskNetwork risk;

    SmallGraph g;

    @BeforeEach
    void graph() {
        g = new SmallGraph(people, network, flags, users);
    }

    private long userId(String username) {
        return users.byUsername(username).orElseThrow().id();
    }

    /** Waits (up to ten seconds) for the alert, returning its id and how long it took. */
    private Map.Entry<Long, Duration> awaitAlert(long child, long adult, String reason) throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).toSeconds() < 10) {
            var id = jdbc.sql("""
                    select id from co_location_alert where child_person_id = :c and risk_person_id = :r and reason = :reason""")
                    .param("c", child).param("r", adult).param("reason", reason).query(Long.class).optional();
            if (id.isPresent()) {
                return Map.entry(id.get(), Duration.between(start, Instant.now()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + reason + " alert within 10 seconds");
    }

    /** Waits until every published event has been handled by its listeners (the registry has none outstanding). */
    private void awaitListenersIdle() throws InterruptedException {
        for (int i = 0; i < 100 && jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single() > 0; i++) {
            Thread.sleep(100);
        }
    }

    private List<Long> recipients(long alertId) {
        return jdbc.sql("select user_id from co_location_alert_recipient where alert_id = :a").param("a", alertId)
                .query(Long.class).list();
    }

    @Test
    void importingARecordThatPlacesARegisteredSexOffenderInAChildsHomeAlertsTheOffenderManagerAndSocialWorkerWithinSeconds()
            throws Exception {
        var offender = g.person(DemoArea.POLICE, "Lyle", "Brackwater", 45, Sex.MALE);
        g.flag(offender.personId(), FlagType.REGISTERED_SEX_OFFENDER);
        access.involve(userId("offender.manager"), offender.personId(), "Offender manager");
        var child = g.person("LA-ASH", "Ellie", "Fenwick", 2, Sex.FEMALE);
        var sibling = g.person("LA-ASH", "Noah", "Fenwick", 5, Sex.MALE);
        access.involve(userId("social.worker"), child.personId(), "Allocated social worker");
        long home = g.place("12 Ropewalk", "LA-ASH");
        g.link(g.placeLink("LIVES_AT", child, home), g.placeLink("LIVES_AT", sibling, home));

        // The housing provider's extract arrives: a tenancy record for the same man at the children's address.
        var imported = people.registerAll(List.of(new PersonRecordDraft(g.agency("LA-ASH"), "Housing", g.run + "-tenant",
                "Lyle", "Brackwater", List.of(), null, Sex.MALE, null, null, null, null, null, null, false, SmallGraph.BASIS)),
                "import", "housing extract").get(0);
        network.linkAll(List.of(new LinkDraft(g.source("LA-ASH"), "HOUSEHOLD_MEMBER", imported.recordId(), child.recordId(),
                null, null, LocalDate.now(), null), g.placeLink("LIVES_AT", offender, home)));

        var alert = awaitAlert(child.personId(), offender.personId(), "SAME_ADDRESS");
        assertThat(alert.getValue()).isLessThan(Duration.ofSeconds(5));
        assertThat(recipients(alert.getKey())).contains(userId("offender.manager"), userId("social.worker"));
        awaitAlert(sibling.personId(), offender.personId(), "SAME_ADDRESS");

        var shown = risk.alert(users.byUsername("offender.manager").orElseThrow(), alert.getKey());
        assertThat(shown.causes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("LINK");
            assertThat(c.description()).isEqualTo("LIVES_AT");
            assertThat(c.source()).contains("Northmere Constabulary");
        });
        assertThat(shown.causes()).anySatisfy(c -> assertThat(c.description()).isEqualTo("REGISTERED_SEX_OFFENDER"));
        assertThat(shown.recipients()).anySatisfy(r -> assertThat(r.why()).isEqualTo("Offender manager in the case"));
    }

    @Test
    void theDemoStoryAlertsTheOffenderManagerAndSocialWorkerAboutTheChildrenAgedTwoAndFive() throws Exception {
        long offender = people.record(g.agency(DemoArea.POLICE), "ViSOR", "VS-DEMO-1").orElseThrow().personId();
        for (String child : List.of("C-DEMO-2", "C-DEMO-5")) {
            long person = people.record(g.agency("LA-ASH"), "Mosaic", child).orElseThrow().personId();
            long alert = awaitAlert(person, offender, "SAME_ADDRESS").getKey();
            assertThat(recipients(alert)).contains(userId("offender.manager"), userId("social.worker"));
            awaitAlert(person, offender, "PARTNER_OF_PARENT");
        }
    }

    @Test
    void raisesTheAlertWhenAnAdultAlreadyLivingWithAChildIsFlaggedLater() throws Exception {
        var adult = g.person(DemoArea.POLICE, "Craig", "Tolland", 38, Sex.MALE);
        var child = g.person("LA-ASH", "Poppy", "Tolland", 9, Sex.FEMALE);
        long home = g.place("4 Weavers Yard", "LA-ASH");
        g.link(g.placeLink("LIVES_AT", adult, home), g.placeLink("LIVES_AT", child, home));
        awaitListenersIdle();
        assertThat(jdbc.sql("select count(*) from co_location_alert where risk_person_id = :r").param("r", adult.personId())
                .query(Long.class).single()).isZero();

        g.flag(adult.personId(), FlagType.RISK_TO_CHILDREN);

        long alert = awaitAlert(child.personId(), adult.personId(), "SAME_ADDRESS").getKey();
        assertThat(jdbc.sql("select triggered_by from co_location_alert where id = :a").param("a", alert).query(String.class)
                .single()).isEqualTo("Flag raised");
        // No social worker is involved: the safeguarding hub of the child's local authority hears of it.
        assertThat(recipients(alert)).contains(userId("hub.worker"), userId("offender.manager"));
    }

    @Test
    void raisesTheAlertWhenAFlaggedAdultBecomesThePartnerOfAChildsParent() throws Exception {
        var suspect = g.person(DemoArea.POLICE, "Dean", "Marlow", 29, Sex.MALE);
        g.flag(suspect.personId(), FlagType.EXPLOITATION_SUSPECT);
        var mother = g.person("LA-ASH", "Kerry", "Ashby", 31, Sex.FEMALE);
        var child = g.person("LA-ASH", "Jayden", "Ashby", 6, Sex.MALE);
        g.link(g.personLink("PARENT", mother, child));

        g.link(g.personLink("PARTNER", mother, suspect));

        long alert = awaitAlert(child.personId(), suspect.personId(), "PARTNER_OF_PARENT").getKey();
        assertThat(jdbc.sql("select cardinality(cause_link_ids) from co_location_alert where id = :a").param("a", alert)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void raisesNoAlertForAFlaggedAdultLivingOnlyWithAdults() throws Exception {
        var adult = g.person(DemoArea.POLICE, "Roy", "Sandell", 61, Sex.MALE);
        var other = g.person(DemoArea.POLICE, "Irene", "Sandell", 59, Sex.FEMALE);
        g.flag(adult.personId(), FlagType.REGISTERED_SEX_OFFENDER);
        long home = g.place("1 Quay Street", "LA-ASH");
        g.link(g.placeLink("LIVES_AT", adult, home), g.placeLink("LIVES_AT", other, home));
        awaitListenersIdle();
        assertThat(jdbc.sql("select count(*) from co_location_alert where risk_person_id = :r").param("r", adult.personId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void raisesTheAlertOnceWhenTheSameAddressIsRecordedAgain() throws Exception {
        var adult = g.person(DemoArea.POLICE, "Wayne", "Gildart", 40, Sex.MALE);
        g.flag(adult.personId(), FlagType.REGISTERED_SEX_OFFENDER);
        var child = g.person("LA-ASH", "Lily", "Gildart", 11, Sex.FEMALE);
        long home = g.place("22 Chandlers Walk", "LA-ASH");
        g.link(g.placeLink("LIVES_AT", child, home), g.placeLink("LIVES_AT", adult, home));
        awaitAlert(child.personId(), adult.personId(), "SAME_ADDRESS");
        g.link(g.placeLink("STAYS_AT", adult, home));
        awaitListenersIdle();
        assertThat(jdbc.sql("select count(*) from co_location_alert where risk_person_id = :r and child_person_id = :c")
                .param("r", adult.personId()).param("c", child.personId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void raisesTheAlertWhenAFlaggedAdultAndAChildAreRecordedAtTheSameEvent() throws Exception {
        var adult = g.person(DemoArea.POLICE, "Mick", "Horrocks", 35, Sex.MALE);
        g.flag(adult.personId(), FlagType.EXPLOITATION_SUSPECT);
        var child = g.person(DemoArea.POLICE, "Callum", "Rigby", 14, Sex.MALE);
        long flat = g.place("Flat 9, Dyers Court", "LA-ASH");
        long event = network.recordEvent(new EventDraft(g.source(DemoArea.POLICE), "MISSING_EPISODE",
                Instant.now().minus(Duration.ofHours(5)), null, flat, "Found at a flat with an adult.", false,
                List.of(new Participant(child.recordId(), "SUBJECT"), new Participant(adult.recordId(), "OTHER"))));
        long alert = awaitAlert(child.personId(), adult.personId(), "PRESENT_TOGETHER").getKey();
        assertThat(jdbc.sql("select cause_event_id from co_location_alert where id = :a").param("a", alert).query(Long.class)
                .single()).isEqualTo(event);
    }

    @Test
    void showsTheAlertToItsRecipientsThroughTheApiAndLetsThemAcknowledgeIt() throws Exception {
        var adult = g.person(DemoArea.POLICE, "Shaun", "Pickavance", 44, Sex.MALE);
        g.flag(adult.personId(), FlagType.REGISTERED_SEX_OFFENDER);
        access.involve(userId("offender.manager"), adult.personId(), "Offender manager");
        var child = g.person("LA-ASH", "Ava", "Pickavance", 4, Sex.FEMALE);
        g.link(g.personLink("HOUSEHOLD_MEMBER", adult, child));
        long alert = awaitAlert(child.personId(), adult.personId(), "SAME_HOUSEHOLD").getKey();

        var om = Api.asUser(port, "offender.manager");
        assertThat(om.get("/api/v1/network/alerts").body()).contains("\"id\":" + alert);
        var one = om.get("/api/v1/network/alerts/" + alert);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("HOUSEHOLD_MEMBER").contains("SAME_HOUSEHOLD");

        var bad = om.post("/api/v1/network/alerts/" + alert + "/actions", "{\"action\":\"ACKNOWLEDGED\",\"note\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"note\"");
        var ok = om.post("/api/v1/network/alerts/" + alert + "/actions",
                "{\"action\":\"ACKNOWLEDGED\",\"note\":\"Visit arranged with the police for tomorrow.\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"status\":\"ACKNOWLEDGED\"");

        assertThat(Api.asUser(port, "school.dsl").get("/api/v1/network/alerts/" + alert).statusCode()).isEqualTo(403);
        assertThat(Api.asUser(port, "offender.manager").get("/api/v1/network/alerts/99999999").statusCode()).isEqualTo(404);
    }
}
