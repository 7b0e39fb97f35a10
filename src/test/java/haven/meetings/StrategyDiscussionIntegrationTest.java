package haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Api;
import haven.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A strategy discussion convened from a police protection: CP-02 runs, attendance is checked, a constable's decision is reviewed. */
class StrategyDiscussionIntegrationTest extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.beans.factory.annotation.Autowired
    haven.clocks.Clocks clocks;

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void aConstablesSingleAgencyDecisionWaitsInTheSergeantsQueue() {
        long child = jdbc.sql("select person_id from person_record where date_of_birth > current_date - interval '15 years'"
                + " order by person_id limit 1").query(Long.class).single();
        long la = jdbc.sql("select id from agency where code = 'LA-ASH'").query(Long.class).single();
        var manager = Api.asUser(port, "sw.manager");
        var convened = manager.post("/api/v1/meetings", """
                {"from": {"kind": "POLICE_PROTECTION", "reference": "PP-2026-17"}, "childPersonId": %d,
                 "localAuthorityAgencyId": %d, "reason": "Child taken into police protection overnight"}""".formatted(child, la));
        assertThat(convened.statusCode()).as(convened.body()).isEqualTo(201);
        var discussion = JSON.readTree(convened.body());
        long id = discussion.get("id").asLong();
        assertThat(Instant.parse(discussion.get("due").asString())).isAfter(Instant.parse(discussion.get("convenedAt").asString()));

        manager.post("/api/v1/meetings/" + id + "/invitees", "{\"userId\": %d, \"agency\": \"POLICE\", \"seniority\": \"PRACTITIONER\"}"
                .formatted(user("police.officer")));
        var withTwo = manager.post("/api/v1/meetings/" + id + "/invitees",
                "{\"userId\": %d, \"agency\": \"SOCIAL_CARE\", \"seniority\": \"FIRST_LINE_MANAGER\"}".formatted(user("sw.manager")));
        var invitees = JSON.readTree(withTwo.body()).get("invitees");
        long police = invitees.get(0).get("id").asLong();
        long social = invitees.get(1).get("id").asLong();
        String heldAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String record = """
                {"heldAt": "%s", "attended": [%d, %d], "informationShared": "Police: two call-outs this year",
                 "investigation": "SINGLE_AGENCY_POLICE", "s47Enquiries": false, "immediateProtection": false,
                 "rationale": "Police to interview the suspect first"}""";
        var withoutHealth = manager.post("/api/v1/meetings/" + id + "/record", record.formatted(heldAt, police, social));
        assertThat(withoutHealth.statusCode()).isEqualTo(422);
        assertThat(withoutHealth.body()).contains("\"field\":\"attended\"").contains("Health");

        var withHealth = manager.post("/api/v1/meetings/" + id + "/invitees",
                "{\"name\": \"Named nurse, Northmere Health\", \"agency\": \"HEALTH\", \"seniority\": \"SENIOR_MANAGER\"}");
        long health = JSON.readTree(withHealth.body()).get("invitees").get(2).get("id").asLong();
        var recorded = manager.post("/api/v1/meetings/" + id + "/record", """
                {"heldAt": "%s", "attended": [%d, %d, %d], "informationShared": "Police: two call-outs this year",
                 "investigation": "SINGLE_AGENCY_POLICE", "s47Enquiries": true, "immediateProtection": false,
                 "rationale": "Police to interview the suspect first"}""".formatted(heldAt, police, social, health));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        var body = JSON.readTree(recorded.body());
        assertThat(body.get("discussion").get("conferenceDue").isNull()).isFalse();
        long review = body.get("supervisorReviewId").asLong();
        assertThat(review).isPositive();

        assertThat(clocks.forSubject("supervisor-review", String.valueOf(review))).singleElement()
                .satisfies(d -> assertThat(d.ownerUserId()).isEqualTo(user("police.sergeant")));
        assertThat(clocks.forSubject("strategy-discussion", String.valueOf(id)))
                .extracting(d -> d.rule().code() + " " + d.status()).containsExactlyInAnyOrder("CP-02 met", "CP-05 open");
        var sergeant = Api.asUser(port, "police.sergeant");
        assertThat(sergeant.get("/api/v1/meetings/reviews").body()).contains("\"id\":" + review);
        assertThat(Api.asUser(port, "sw.manager").post("/api/v1/meetings/reviews/" + review, "{\"endorsed\": true}").statusCode())
                .isEqualTo(422);
        var endorsed = sergeant.post("/api/v1/meetings/reviews/" + review, "{\"endorsed\": true, \"comment\": \"Agreed\"}");
        assertThat(endorsed.statusCode()).as(endorsed.body()).isEqualTo(200);
        assertThat(sergeant.get("/api/v1/meetings/reviews").body()).doesNotContain("\"id\":" + review + ",");
    }

    @Test
    void refusesToConveneFromAnUnknownKindOfRecord() {
        var response = Api.asUser(port, "sw.manager").post("/api/v1/meetings",
                "{\"from\": {\"kind\": \"RUMOUR\", \"reference\": \"x\"}, \"childPersonId\": 1, \"reason\": \"r\"}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("from.kind").contains("localAuthorityAgencyId");
    }
}
