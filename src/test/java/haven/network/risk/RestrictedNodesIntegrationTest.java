package haven.network.risk;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.RecordRegistered;
import haven.identity.Sex;
import haven.network.Network;
import haven.platform.demo.DemoArea;
import haven.support.Api;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A network shows a person the viewer may not see as "Restricted", with no name and no id; opening one follows the record's rules. */
class RestrictedNodesIntegrationTest extends IntegrationTest {
    @Autowired People people;
    @Autowired Network network;
    @Autowired Flags flags;
    @Autowired Users users;
    @Autowired AccessPolicy access;

    SmallGraph g;
    RecordRegistered child;
    RecordRegistered father;
    RecordRegistered adopted;

    /** A Brackenford child whose father lives in Ashvale, and a half-sibling whose record is sealed. */
    @BeforeEach
    void graph() {
        g = new SmallGraph(people, network, flags, users);
        child = g.person("LA-BRK", "Isla", "Hepworth", 8, Sex.FEMALE);
        father = g.person(DemoArea.POLICE, "Barry", "Hepworth", 40, Sex.MALE);
        adopted = g.person("LA-ASH", "Ruby", "Tansley", 6, Sex.FEMALE);
        long brackenfordHome = g.place("5 Fell View", "LA-BRK");
        long ashvaleHome = g.place("17 Canal Side", "LA-ASH");
        g.link(g.placeLink("LIVES_AT", child, brackenfordHome), g.placeLink("LIVES_AT", father, ashvaleHome),
                g.personLink("PARENT", father, child), g.personLink("SIBLING", child, adopted),
                g.placeLink("LIVES_AT", adopted, ashvaleHome));
        access.involve(users.byUsername("social.worker.brackenford").orElseThrow().id(), child.personId(), "Allocated social worker");
        access.seal(adopted.personId(), "Adopted: former identity", "test");
    }

    @Test
    void showsAPersonOutsideTheViewersAreaAsRestrictedWithoutNameOrId() {
        var response = Api.asUser(port, "social.worker.brackenford").get("/api/v1/network/people/" + child.personId());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Isla Hepworth").contains("\"label\":\"Restricted\"")
                .doesNotContain("Barry").doesNotContain("\"P" + father.personId() + "\"")
                .doesNotContain("Ruby").doesNotContain("\"P" + adopted.personId() + "\"");
        assertThat(response.body()).contains("\"restricted\":true");
    }

    @Test
    void showsTheSamePeopleByNameToAViewerWhoMaySeeThem() {
        var response = Api.asUser(port, "police.sergeant").get("/api/v1/network/people/" + child.personId()
                + "?reason=Checking+the+family+before+a+joint+visit");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Barry Hepworth").contains("\"P" + father.personId() + "\"");
        // a supervisor may open a sealed record with a reason, so it is named too
        assertThat(response.body()).contains("Ruby Tansley");
    }

    @Test
    void keepsASealedRecordRestrictedForSomeoneWhoMayNotOpenIt() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/network/people/" + father.personId()
                + "?reason=Checking+the+family+before+a+joint+visit");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Isla Hepworth").doesNotContain("Ruby").contains("\"label\":\"Restricted\"");
    }

    @Test
    void asksForAReasonBeforeShowingTheNetworkOfSomeoneTheViewerIsNotInvolvedWith() {
        var api = Api.asUser(port, "police.officer");
        var refused = api.get("/api/v1/network/people/" + child.personId());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("reason");
        var shown = api.get("/api/v1/network/people/" + child.personId() + "?reason=Joint+visit+planned+with+social+care");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select count(*) from access_log where person_id = :p and username = 'police.officer' and break_glass
                  and reason like 'network: %'""").param("p", child.personId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesTheNationalMonitorAndAnswersBadInputWithProblems() {
        assertThat(Api.asUser(port, "national.monitor").get("/api/v1/network/people/" + child.personId()).statusCode())
                .isEqualTo(403);
        var api = Api.asUser(port, "social.worker.brackenford");
        var badHops = api.get("/api/v1/network/people/" + child.personId() + "?hops=7");
        assertThat(badHops.statusCode()).isEqualTo(422);
        assertThat(badHops.body()).contains("\"field\":\"hops\"");
        assertThat(api.get("/api/v1/network/people/" + child.personId() + "?hops=two").statusCode()).isEqualTo(400);
        var missing = api.get("/api/v1/network/people/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    }

    @Test
    void answersHotspotsAndChildrenLinkedToRiskThroughTheApi() {
        var api = Api.asUser(port, "police.officer");
        var hotspots = api.get("/api/v1/network/hotspots?days=180&minChildren=2");
        assertThat(hotspots.statusCode()).isEqualTo(200);
        assertThat(hotspots.body()).startsWith("[");
        var bad = api.get("/api/v1/network/hotspots?days=0&minChildren=1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"days\"").contains("\"field\":\"minChildren\"");
        var children = api.get("/api/v1/network/children-linked-to-risk?area=LA-ASH&limit=20");
        assertThat(children.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/network/children-linked-to-risk?limit=0").statusCode()).isEqualTo(422);
    }
}
