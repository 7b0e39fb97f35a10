package haven;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Api;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The service answers a health check, publishes a valid OpenAPI document and answers unknown paths with a problem. */
class HealthIntegrationTest extends IntegrationTest {

    @Test
    void healthCheckIsUp() {
        var response = Api.anonymous(port).get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void publishesAnOpenApiDocumentForTheApi() {
        var response = Api.anonymous(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\":\"3.").contains("/api/v1/people");
    }

    @Test
    void answersAnUnknownPersonWithANotFoundProblem() {
        var response = Api.asUser(port, "police.officer").get("/api/v1/people/999999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void namesTheFieldWhoseValueCannotBeRead() {
        var response = Api.asUser(port, "police.officer").post("/api/v1/events",
                "{\"sourceSystem\":\"Niche\",\"sourceId\":\"bad-time\",\"occurredAt\":\"yesterday\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("occurredAt");
    }

    @Test
    void runsTheEmbeddedDatabaseWithoutDurabilityOnlyInTests() {
        // the test profile turns fsync off for speed; EmbeddedDatabaseDurabilityTest proves the default keeps it on
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("off");
    }
}
