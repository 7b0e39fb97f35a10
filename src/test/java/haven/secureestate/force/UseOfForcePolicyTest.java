package haven.secureestate.force;

import haven.secureestate.Decision;
import haven.secureestate.estate.EstablishmentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UseOfForcePolicyTest {

    private final TechniqueCatalogue catalogue = TechniqueCatalogue.standard();
    private final UseOfForcePolicy policy = new UseOfForcePolicy(catalogue);

    static UseOfForce restraint(RestraintReason reason, String justification, String... techniques) {
        Instant start = Instant.parse("2026-03-02T14:00:00Z");
        return new UseOfForce(UUID.randomUUID(), UUID.randomUUID(), 101L, "Unit 3 corridor",
                start, start.plusSeconds(420), List.of(UUID.randomUUID(), UUID.randomUUID()), reason,
                "Talked with the child for ten minutes and offered time in the garden", List.of(techniques),
                justification, "BWV-1", null, null, null);
    }

    @Test
    void refusesPainInducingTechniqueWithoutRecordedImmediateRiskInSecureTrainingCentre() { // SE-01
        Decision d = policy.decide(EstablishmentType.SECURE_TRAINING_CENTRE,
                restraint(RestraintReason.PREVENT_HARM_TO_OTHERS, " ", "STANDING_HOLD", "WRIST_FLEXION"));

        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).ruleId()).isEqualTo("SE-01");
        assertThat(((Decision.Refused) d).field()).isEqualTo("immediateRiskJustification");
    }

    @Test
    void allowsPainInducingTechniqueInYoungOffenderInstitutionWhenImmediateRiskIsRecorded() { // SE-01
        Decision d = policy.decide(EstablishmentType.YOUNG_OFFENDER_INSTITUTION,
                restraint(RestraintReason.PREVENT_HARM_TO_OTHERS,
                        "Child had a broken bottle at an officer's throat", "MANDIBULAR_ANGLE"));

        assertThat(d.isAllowed()).isTrue();
    }

    @Test
    void refusesPainInducingTechniqueToPreventDamageEvenWithAJustification() { // SE-01
        Decision d = policy.decide(EstablishmentType.YOUNG_OFFENDER_INSTITUTION,
                restraint(RestraintReason.PREVENT_SERIOUS_DAMAGE, "Smashing the television", "THUMB_FLEXION"));

        assertThat(d).isEqualTo(Decision.refused("SE-01", "reason",
                "A pain-inducing technique is only allowed to prevent an immediate risk of serious physical harm"));
    }

    @Test
    void allowsNonPainfulHoldInSecureTrainingCentreWithoutJustification() { // SE-01
        assertThat(policy.decide(EstablishmentType.SECURE_TRAINING_CENTRE,
                restraint(RestraintReason.MAINTAIN_GOOD_ORDER, null, "GUIDE")).isAllowed()).isTrue();
    }

    @Test
    void refusesPainInducingTechniqueInSecureChildrensHomeWhateverTheJustification() { // SE-02
        Decision d = policy.decide(EstablishmentType.SECURE_CHILDRENS_HOME,
                restraint(RestraintReason.PREVENT_HARM_TO_OTHERS, "Immediate risk to staff", "WRIST_FLEXION"));

        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).ruleId()).isEqualTo("SE-02");
        assertThat(((Decision.Refused) d).field()).isEqualTo("techniqueCodes");
    }

    @Test
    void allowsRestraintToPreventAbscondingOnlyInASecureChildrensHome() { // SE-02
        UseOfForce absconding = restraint(RestraintReason.PREVENT_ABSCONDING, null, "STANDING_HOLD");

        assertThat(policy.decide(EstablishmentType.SECURE_CHILDRENS_HOME, absconding).isAllowed()).isTrue();
        assertThat(policy.decide(EstablishmentType.CHILDRENS_HOME, absconding)).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void refusesRestraintForGoodOrderInAChildrensHome() { // SE-02
        Decision d = policy.decide(EstablishmentType.SECURE_CHILDRENS_HOME,
                restraint(RestraintReason.MAINTAIN_GOOD_ORDER, null, "GUIDE"));

        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).field()).isEqualTo("reason");
    }

    @Test
    void controlledListMarksPainInducingAndFaceDownTechniques() {
        assertThat(catalogue.find("WRIST_FLEXION").orElseThrow().painInducing()).isTrue();
        assertThat(catalogue.find("PRONE_HOLD").orElseThrow().faceDown()).isTrue();
        assertThat(catalogue.find("SEATED_HOLD").orElseThrow().painInducing()).isFalse();
        assertThat(catalogue.all()).extracting(Technique::code).doesNotHaveDuplicates();
    }
}
