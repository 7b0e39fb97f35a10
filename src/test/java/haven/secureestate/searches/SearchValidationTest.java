package haven.secureestate.searches;

import haven.secureestate.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SearchValidationTest {

    private final Instant t = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void refusesAStripSearchRecordWithoutRiskAssessmentOrAuthorisingManager() { // SE-07
        Search s = new Search(UUID.randomUUID(), UUID.randomUUID(), 101L, SearchKind.STRIP, t,
                "", null, "Suspected concealed blade", null, List.of(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(SearchValidation.validate(s, t)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("riskAssessment", "authorisingManagerId");
    }

    @Test
    void acceptsAStripSearchRecordedWithItsSafeguards() { // SE-07
        Search s = new Search(UUID.randomUUID(), UUID.randomUUID(), 101L, SearchKind.STRIP, t,
                "Intelligence of a blade; child told why; least intrusive option considered", UUID.randomUUID(),
                "Suspected concealed blade", "Nothing found", List.of(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(SearchValidation.validate(s, t)).isEmpty();
    }
}
