package haven.workforce.allegations;

import haven.workforce.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AllegationValidationTest {

    private final Instant received = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void refusesALadoOutcomeBeforeTheReferralIsRecorded() { // AL-01
        Allegation a = new Allegation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), received,
                AllegationCategory.HARMED_A_CHILD, "Child says officer hit him", List.of(), null, null, null,
                LadoOutcome.UNFOUNDED, received.plusSeconds(86400));

        assertThat(AllegationValidation.validate(a, received.plusSeconds(90000))).extracting(FieldProblem::field)
                .containsExactly("outcome");
    }

    @Test
    void refusesAReferralDatedBeforeTheAllegationArrived() { // AL-01
        Allegation a = new Allegation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), received,
                AllegationCategory.HARMED_A_CHILD, "Child says officer hit him", List.of(), received.minusSeconds(60),
                null, null, null, null);

        assertThat(AllegationValidation.validate(a, received.plusSeconds(60))).extracting(FieldProblem::field)
                .containsExactly("referredToLadoAt");
    }
}
