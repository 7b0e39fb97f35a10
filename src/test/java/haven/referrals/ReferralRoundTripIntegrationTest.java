package haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Api;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Police → local authority → police: a referral goes to the hub, is decided, and the decision comes back and is challenged. */
class ReferralRoundTripIntegrationTest extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.beans.factory.annotation.Autowired
    haven.clocks.Clocks clocks;

    long childLivingIn(String area, int nth) {
        return jdbc.sql("""
                select distinct r.person_id from person_record r
                join link k on k.from_record = r.id and k.type = 'LIVES_AT' and k.ended_at is null and k.valid_to is null
                join location l on l.id = k.to_location
                where l.area_code = :a and r.date_of_birth > current_date - interval '16 years'
                order by r.person_id offset :n limit 1""")
                .param("a", area).param("n", nth).query(Long.class).single();
    }

    JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private String referral(long child, String voice) {
        return """
                {"childPersonId": %d, "categories": ["DOMESTIC_ABUSE"],
                 "whatHappened": "Officers attended at 22:10 after a neighbour reported shouting; the mother had a cut lip and the child was in the kitchen.",
                 %s "demeanour": "Quiet, flinched when the door slammed", "consent": "NOT_SOUGHT",
                 "lawfulBasis": "Children Act 1989 s47; UK GDPR 6(1)(e)", "householdChildren": "Brother, 4"}"""
                .formatted(child, voice == null ? "" : "\"childsVoice\": \"" + voice + "\",");
    }

    @Test
    void aPoliceReferralReachesTheHubAndTheDecisionComesBackToTheOfficerAndSergeant() {
        long child = childLivingIn("LA-ASH", 3);
        var officer = Api.asUser(port, "police.officer");

        var refused = officer.post("/api/v1/referrals", referral(child, null));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"childsVoice\"").contains("child's own words");

        var sent = officer.post("/api/v1/referrals", referral(child, "I want my mum to be safe"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long id = json(sent.body()).get("referralId").asLong();
        String reference = json(sent.body()).get("reference").asString();

        var hub = Api.asUser(port, "hub.worker");
        assertThat(hub.get("/api/v1/referrals?queue=hub").body()).contains(reference);
        var opened = json(hub.get("/api/v1/referrals/" + id).body());
        assertThat(opened.get("localAuthority").asString()).contains("Ashvale");
        assertThat(opened.get("quality").get("score").asInt()).isEqualTo(6);
        assertThat(opened.get("history")).isNotNull();
        assertThat(jdbc.sql("select count(*) from access_log where person_id = :p and reason like :r")
                .param("p", child).param("r", "%" + reference + "%").query(Long.class).single()).isGreaterThanOrEqualTo(2);

        var noReason = hub.post("/api/v1/referrals/" + id + "/decision", "{\"outcome\": \"NO_FURTHER_ACTION\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        var decided = hub.post("/api/v1/referrals/" + id + "/decision",
                "{\"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"Single incident; parents engaging with support\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided.body()).get("late").asBoolean()).isFalse();

        assertThat(clocks.forSubject("referral", String.valueOf(id))).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("met")); // CP-01 on the register, met by the decision
        assertThat(officer.get("/api/v1/referrals/inbox").body()).contains(reference).contains("No further action");
        assertThat(Api.asUser(port, "police.sergeant").get("/api/v1/referrals/inbox").body()).contains(reference);
        assertThat(Api.asUser(port, "sw.manager").get("/api/v1/meetings/reviews").body()).contains(reference);

        var challenged = officer.post("/api/v1/referrals/" + id + "/challenge",
                "{\"grounds\": \"Her brother of 4 lives there and she disclosed more on the way home\"}");
        assertThat(challenged.statusCode()).as(challenged.body()).isEqualTo(201);
        long manager = json(challenged.body()).get("managerUserId").asLong();
        String challengeId = String.valueOf(json(challenged.body()).get("challengeId").asLong());
        assertThat(clocks.forSubject("referral-challenge", challengeId)).singleElement()
                .satisfies(d -> assertThat(d.ownerUserId()).isEqualTo(manager)); // the challenge runs on its own clock
        assertThat(manager).isEqualTo(jdbc.sql("select id from app_user where username = 'sw.manager'").query(Long.class).single());
        assertThat(officer.post("/api/v1/referrals/" + id + "/challenge", "{\"grounds\": \"Again, more strongly this time\"}")
                .statusCode()).isEqualTo(422);

        var answered = Api.asUser(port, "sw.manager").post("/api/v1/referrals/" + id + "/challenge/answer",
                "{\"upheld\": false, \"newOutcome\": \"STRATEGY_DISCUSSION_S47\", \"response\": \"Agreed: strategy discussion today\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(officer.get("/api/v1/referrals/inbox").body()).contains("changed to Strategy discussion");
        assertThat(clocks.forSubject("referral-challenge", challengeId)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("met"));
        assertThat(jdbc.sql("select count(*) from strategy_discussion where convened_from_kind = 'REFERRAL' and convened_from_ref = :r")
                .param("r", reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staffOutsideTheReferralCannotOpenIt() {
        long child = childLivingIn("LA-ASH", 4);
        var sent = Api.asUser(port, "police.officer").post("/api/v1/referrals", referral(child, "I am scared at home"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long id = json(sent.body()).get("referralId").asLong();
        var other = Api.asUser(port, "hub.worker.car").get("/api/v1/referrals/" + id);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    }

    @Test
    void onlyNamedPractitionersRaiseReferrals() {
        long child = childLivingIn("LA-ASH", 5);
        assertThat(Api.withToken(port, API_TOKEN).post("/api/v1/referrals", referral(child, "I am scared")).statusCode())
                .isEqualTo(403);
        assertThat(Api.asUser(port, "hub.worker").post("/api/v1/referrals", referral(child, "I am scared")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void answersAnUnknownReferralWithANotFoundProblem() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/referrals/999999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void theDemoAreaShowsEveryOutcomeAnEscalatedOverdueDecisionAndALateDiscussion() {
        var dashboard = json(Api.asUser(port, "sw.manager").get("/api/v1/referrals/dashboard").body());
        for (var outcome : DecisionOutcome.values()) {
            assertThat(dashboard.get("decidedByOutcome").get(outcome.name()).asLong()).as(outcome.name()).isPositive();
        }
        assertThat(dashboard.get("overdue").asLong()).isPositive();
        assertThat(jdbc.sql("select count(*) from referral_escalation where clock = 'CP-01'").query(Long.class).single()).isPositive();
        assertThat(dashboard.get("discussionsOverdue").asLong()).isPositive();
        assertThat(dashboard.get("reviewQueue").asLong()).isPositive();
        assertThat(Api.asUser(port, "sw.manager").get("/api/v1/meetings/delays").body()).contains("CP-02");
        assertThat(Api.asUser(port, "sw.manager").get("/api/v1/referrals/delays").body()).contains("Hub short of staff");
    }
}
