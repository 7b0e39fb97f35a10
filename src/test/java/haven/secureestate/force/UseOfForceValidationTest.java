package haven.secureestate.force;

import haven.secureestate.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UseOfForceValidationTest {

    private final TechniqueCatalogue catalogue = TechniqueCatalogue.standard();
    private final Instant now = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void acceptsACompleteRecord() {
        UseOfForce f = UseOfForcePolicyTest.restraint(RestraintReason.PREVENT_HARM_TO_CHILD, null, "SEATED_HOLD");
        assertThat(UseOfForceValidation.validate(f, catalogue, now)).isEmpty();
    }

    @Test
    void rejectsAUseOfForceThatEndsBeforeItStarts() {
        UseOfForce ok = UseOfForcePolicyTest.restraint(RestraintReason.PREVENT_HARM_TO_CHILD, null, "SEATED_HOLD");
        UseOfForce f = new UseOfForce(ok.id(), ok.establishmentId(), ok.childPersonId(), ok.location(),
                ok.startedAt(), ok.startedAt().minusSeconds(60), ok.staffIds(), ok.reason(), ok.deEscalation(),
                ok.techniqueCodes(), null, null, null, null, null);

        assertThat(UseOfForceValidation.validate(f, catalogue, now)).extracting(FieldProblem::field)
                .containsExactly("endedAt");
    }

    @Test
    void rejectsATechniqueNotOnTheControlledList() {
        UseOfForce f = UseOfForcePolicyTest.restraint(RestraintReason.PREVENT_HARM_TO_CHILD, null, "SEATED_HOLD", "NECK_HOLD");

        List<FieldProblem> problems = UseOfForceValidation.validate(f, catalogue, now);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("techniqueCodes");
        assertThat(problems.get(0).message()).contains("NECK_HOLD");
    }

    @Test
    void namesEveryMissingFieldOfAnEmptyRecord() {
        UseOfForce f = new UseOfForce(UUID.randomUUID(), UUID.randomUUID(), null, "", null, null, null, null,
                null, null, null, null, null, null, null);

        assertThat(UseOfForceValidation.validate(f, catalogue, now)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("childPersonId", "location", "startedAt", "endedAt", "staffIds",
                        "reason", "deEscalation", "techniqueCodes");
    }
}
