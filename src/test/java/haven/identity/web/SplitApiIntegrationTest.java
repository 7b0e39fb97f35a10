package haven.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.identity.Linkage;
import haven.identity.People;
import haven.identity.RecordRegistered;
import haven.support.Api;
import haven.support.IntegrationTest;
import haven.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Merges are reversible and delete nothing: a split through the API restores the earlier persons (issue 6). */
class SplitApiIntegrationTest extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    People people;
    @Autowired
    Linkage linkage;
    @Autowired
    Users users;

    MergedPair pair;
    long mergeId;

    @BeforeEach
    void mergedByAReviewer() {
        pair = MergedPair.create(people, linkage, users, jdbc);
        mergeId = pair.mergeId();
        assertThat(people.record(pair.initial().recordId()).orElseThrow().personId()).isEqualTo(pair.into());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).contains("application/problem+json"));
        if (field != null) {
            assertThat(json(response).path("errors").findValuesAsString("field")).contains(field);
        }
    }

    @Test
    void aSplitThroughTheApiRestoresTheEarlierPersonsWithTheirRecordsAndDeletesNothing() {
        long persons = count("person"), records = count("person_record"), merges = count("person_merge"),
                decisions = count("identity_decision");
        long into = pair.into(), from = pair.from();
        var full = pair.full();
        var initial = pair.initial();

        var response = Api.asUser(port, "hub.worker").post("/api/v1/identity/merges/" + mergeId + "/split",
                "{\"reason\": \"The police record is her cousin: different mother named\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode split = json(response);
        assertThat(split.path("mergeId").asLong()).isEqualTo(mergeId);
        assertThat(split.path("restoredPersonId").asLong()).isEqualTo(from);
        assertThat(split.path("remainingPersonId").asLong()).isEqualTo(into);
        assertThat(split.path("splitBy").asString()).isEqualTo("hub.worker");
        assertThat(split.path("reason").asString()).isEqualTo("The police record is her cousin: different mother named");
        assertThat(people.record(full.recordId()).orElseThrow().personId()).isEqualTo(full.personId());
        assertThat(people.record(initial.recordId()).orElseThrow().personId()).isEqualTo(initial.personId());
        assertThat(people.recordsOf(full.personId())).extracting(r -> r.id()).containsExactly(full.recordId());
        assertThat(people.recordsOf(initial.personId())).extracting(r -> r.id()).containsExactly(initial.recordId());
        assertThat(jdbc.sql("select merged_into is null from person where id = :p").param("p", from)
                .query(Boolean.class).single()).as("the restored person is no longer merged").isTrue();

        // nothing deleted: the merge stays (marked split), and the split is a new decision with who and why
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("person_record")).isEqualTo(records);
        assertThat(count("person_merge")).isEqualTo(merges);
        assertThat(count("identity_decision")).isEqualTo(decisions + 1);
        assertThat(jdbc.sql("""
                select d.decision || ' by ' || d.decided_by || ': ' || d.reason from person_split s
                join identity_decision d on d.id = s.decision_id where s.merge_id = :m""").param("m", mergeId)
                .query(String.class).single())
                .isEqualTo("SPLIT by hub.worker: The police record is her cousin: different mother named");
        assertThat(jdbc.sql("select count(*) from access_log where username = 'hub.worker' and channel = 'api' "
                        + "and person_id in (:a, :b) and reason like 'splitting persons%'")
                .param("a", into).param("b", from).query(Long.class).single()).isEqualTo(2);

        var listed = json(Api.asUser(port, "hub.worker").get("/api/v1/identity/persons/" + into + "/merges"));
        assertThat(listed.findValues("mergeId")).extracting(JsonNode::asLong).contains(mergeId);
    }

    @Test
    void refusesASecondSplitOfTheSameMergeNamingTheMerge() {
        var api = Api.asUser(port, "hub.worker");
        assertThat(api.post("/api/v1/identity/merges/" + mergeId + "/split", "{\"reason\": \"Twins, not one girl\"}")
                .statusCode()).isEqualTo(200);
        long decisions = count("identity_decision");

        var again = api.post("/api/v1/identity/merges/" + mergeId + "/split", "{\"reason\": \"Twins, not one girl\"}");

        assertProblem(again, 422, "merge");
        assertThat(count("identity_decision")).isEqualTo(decisions);
    }

    @Test
    void refusesToSplitAMergeWhoseRecordsALaterMergeCarriedOnUntilThatOneIsSplit() {
        // person y takes in person x's records, then y itself is merged into the older person z
        var girl = MergedPair.Girl.unique(jdbc);
        RecordRegistered z = girl.register(people, 0, "Harriet");
        RecordRegistered y = girl.register(people, 1, "H");
        RecordRegistered x = girl.register(people, 2, "H");
        long xIntoY = x.personId() != y.personId()
                ? MergedPair.mergeCausedBy(jdbc, MergedPair.decideSame(linkage, users, y.recordId(), x.recordId()))
                : jdbc.sql("select id from person_merge where into_person_id = :y").param("y", y.personId())
                        .query(Long.class).single();
        long yIntoZ = MergedPair.mergeCausedBy(jdbc, MergedPair.decideSame(linkage, users, z.recordId(), y.recordId()));
        assertThat(people.record(x.recordId()).orElseThrow().personId()).isEqualTo(z.personId());
        var api = Api.asUser(port, "hub.worker");

        assertProblem(api.post("/api/v1/identity/merges/" + xIntoY + "/split", "{\"reason\": \"Three girls\"}"),
                422, "merge");
        assertThat(count("person_split where merge_id = " + xIntoY)).isZero();

        assertThat(api.post("/api/v1/identity/merges/" + yIntoZ + "/split", "{\"reason\": \"Three girls\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/identity/merges/" + xIntoY + "/split", "{\"reason\": \"Three girls\"}")
                .statusCode()).isEqualTo(200);
        // the three girls are three persons again (x's own person may be newer than its registration said,
        // when the matcher linked it as it arrived)
        assertThat(List.of(z, y, x)).extracting(r -> people.record(r.recordId()).orElseThrow().personId())
                .startsWith(z.personId(), y.personId()).doesNotHaveDuplicates();
    }

    @Test
    void refusesASplitWithoutAReasonNamingTheReasonAndLeavesThePersonsMerged() {
        var api = Api.asUser(port, "hub.worker");
        assertProblem(api.post("/api/v1/identity/merges/" + mergeId + "/split", "{}"), 422, "reason");
        assertProblem(api.post("/api/v1/identity/merges/" + mergeId + "/split", "{\"reason\": \"  \"}"), 422, "reason");
        assertProblem(api.post("/api/v1/identity/merges/" + mergeId + "/split", "{\"reason\": }"), 400, null);
        assertThat(people.record(pair.initial().recordId()).orElseThrow().personId()).isEqualTo(pair.into());
        assertThat(count("person_split where merge_id = " + mergeId)).isZero();
    }

    @Test
    void answersAnUnknownMergeWithNotFound() {
        assertProblem(Api.asUser(port, "hub.worker").post("/api/v1/identity/merges/999999999/split",
                "{\"reason\": \"Not the same child\"}"), 404, null);
    }

    @Test
    void aRoleThatMayNotDecideReviewsMayNotSplitOrSeeMerges() {
        long into = pair.into();
        assertProblem(Api.asUser(port, "social.worker").post("/api/v1/identity/merges/" + mergeId + "/split",
                "{\"reason\": \"Not the same child\"}"), 403, null);
        assertProblem(Api.asUser(port, "social.worker").get("/api/v1/identity/persons/" + into + "/merges"), 403, null);

        var pages = WebSession.signIn(port, "social.worker");
        assertThat(pages.get("/identity/persons/" + into + "/merges").statusCode()).isEqualTo(403);
        assertThat(pages.get("/identity/persons/" + into + "/merges/" + mergeId + "/split").statusCode()).isEqualTo(403);
        assertThat(count("person_split where merge_id = " + mergeId)).isZero();
    }

    @Test
    void thePagesAnswerAnUnknownPersonOrMergeWithNotFoundAndASecondSplitWithTheMergeNamed() {
        var pages = WebSession.signIn(port, "hub.worker");
        assertThat(pages.get("/identity/persons/999999999/merges").statusCode()).isEqualTo(404);
        assertThat(pages.get("/identity/persons/" + pair.into() + "/merges/999999999/split").statusCode()).isEqualTo(404);
        assertThat(pages.get("/identity/persons/" + pair.from() + "/merges/" + mergeId + "/split").statusCode())
                .as("a merge is split from the person it went into").isEqualTo(404);
        assertThat(Api.asUser(port, "hub.worker").post("/api/v1/identity/merges/" + mergeId + "/split",
                "{\"reason\": \"Twins, not one girl\"}").statusCode()).isEqualTo(200);

        String page = pages.get("/identity/persons/" + pair.into() + "/merges").body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        var again = pages.postForm("/identity/persons/" + pair.into() + "/merges/" + mergeId + "/split",
                "reason=Twins&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("govuk-error-summary").contains("href=\"#merge\"")
                .contains("This merge has already been split").doesNotContain("id=\"split-persons\"");
    }

    @Test
    void publishesTheSplitEndpointInTheApiDescription() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.body()).contains("/api/v1/identity/merges/{mergeId}/split").contains("Identity merges");
    }
}
