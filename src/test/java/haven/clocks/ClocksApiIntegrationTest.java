package haven.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Api;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What falls due when, and the register, over the JSON API. */
class ClocksApiIntegrationTest extends IntegrationTest {

    @Test
    void policeProtectionFromMonday10amIsDueThursday10am() { // PP-02, issue example
        var response = Api.asUser(port, "police.officer").get("/api/v1/clocks/due?rule=PP-02&from=2025-06-02T10:00");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"due\":\"2025-06-05T09:00:00Z\"").contains("\"dueDescription\":\"Thu 5 Jun 2025 10:00\"");
    }

    @Test
    void referralDecisionFromMaundyThursdayIsDueByTheEndOfTuesday() { // CP-01, issue example
        var response = Api.asUser(port, "hub.worker").get("/api/v1/clocks/due?rule=CP-01&from=2025-04-17T15:00&jurisdiction=WALES");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"dueDescription\":\"end of Tue 22 Apr 2025\"").contains("\"key\":\"chase\"");
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/clocks/due?rule=PP-99&from=tomorrow&jurisdiction=SCOTLAND");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"rule\"").contains("\"field\":\"from\"").contains("\"field\":\"jurisdiction\"");
    }

    @Test
    void aStartOutsideTheCalendarIsAProblemNotAServerError() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/clocks/due?rule=CP-01&from=2040-01-02T10:00");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"from\"").contains("2040");
    }

    @Test
    void theClocksApiIsInTheOpenApiDocument() {
        var response = Api.anonymous(port).get("/v3/api-docs");
        assertThat(response.body()).contains("/api/v1/clocks/due").contains("/api/v1/clocks/deadlines");
    }

    @Test
    void listsTheRules() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/clocks/rules");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"PACE-11\"").contains("\"id\":\"SE-04\"");
    }

    @Test
    void listsTheCallersDeadlinesOverdueFirst() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/clocks/deadlines");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[{").contains("\"overdue\":true");
        assertThat(response.body().indexOf("\"overdue\":true")).isLessThan(response.body().indexOf("\"overdue\":false"));
    }

    @Test
    void agencyWideDeadlinesAreForManagersOnly() {
        assertThat(Api.asUser(port, "police.officer").get("/api/v1/clocks/deadlines?scope=agency").statusCode()).isEqualTo(403);
        assertThat(Api.asUser(port, "police.sergeant").get("/api/v1/clocks/deadlines?scope=agency").statusCode()).isEqualTo(200);
    }

    @Test
    void theSergeantSeesDeadlinesEscalatedToThem() {
        var response = Api.asUser(port, "police.sergeant").get("/api/v1/clocks/deadlines?scope=escalated");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rule\":\"PP-02\"").contains("\"overdue\":true");
        assertThat(Api.asUser(port, "police.sergeant").get("/api/v1/clocks/deadlines?scope=everything").statusCode())
                .isEqualTo(422);
    }

    @Test
    void anUnknownDeadlineIsNotFound() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/clocks/deadlines/999999999");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theBreachReportCountsPerRuleAndMonth() {
        var response = Api.asUser(port, "national.monitor").get("/api/v1/clocks/breaches?from=2020-01&to=2030-12");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rule\":\"PP-02\"");
        assertThat(Api.asUser(port, "police.officer").get("/api/v1/clocks/breaches?from=2020-01&to=2030-12").statusCode())
                .isEqualTo(403);
    }
}
