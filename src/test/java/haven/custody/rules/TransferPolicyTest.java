package haven.custody.rules;

import haven.custody.ArrestKind;
import haven.custody.DecideTransfer;
import haven.custody.ImpracticabilityReason;
import haven.custody.TransferGround;
import haven.platform.rules.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static haven.custody.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class TransferPolicyTest {

    private final TransferPolicy policy = new TransferPolicy(CLOCK);
    private final Instant charged = Instant.parse("2025-06-02T18:00:00Z");

    private DecideTransfer decide(TransferGround g, ImpracticabilityReason r, boolean noSecure, boolean noProtection,
                                  String why) {
        return new DecideTransfer(RECORD, charged, charged.plusSeconds(600), "PS 1234", g, r, noSecure, noProtection,
                why);
    }

    @Test
    void allowsTransferToLocalAuthorityAccommodation() { // PACE-07
        assertThat(policy.check(boy15(), decide(TransferGround.TRANSFER, null, false, false, null)).allowed()).isTrue();
    }

    @Test
    void refusesImpracticabilityBecauseOfTheChildsBehaviour() { // PACE-08
        Verdict v = policy.check(boy15(), decide(TransferGround.IMPRACTICABLE, ImpracticabilityReason.CHILD_BEHAVIOUR,
                false, false, "abusive to staff"));
        assertThat(rule(v)).isEqualTo("PACE-08");
        assertThat(((Verdict.Refused) v).reason()).contains("behaviour").contains("transport and travel only");
    }

    @Test
    void refusesImpracticabilityBecauseOfTheOffence() { // PACE-08
        assertThat(rule(policy.check(boy15(), decide(TransferGround.IMPRACTICABLE,
                ImpracticabilityReason.NATURE_OF_OFFENCE, false, false, "robbery")))).isEqualTo("PACE-08");
    }

    @Test
    void refusesImpracticabilityBecauseNoSecureBedIsAvailable() { // PACE-08, PACE-10
        Verdict v = policy.check(boy15(), decide(TransferGround.IMPRACTICABLE, ImpracticabilityReason.NO_SECURE_BED,
                false, false, "no secure bed"));
        assertThat(rule(v)).isEqualTo("PACE-08");
        assertThat(((Verdict.Refused) v).reason()).contains("non-secure");
    }

    @Test
    void acceptsImpracticabilityForTransportWithAnExplanation() { // PACE-08
        assertThat(policy.check(boy15(), decide(TransferGround.IMPRACTICABLE,
                ImpracticabilityReason.TRANSPORT_OR_TRAVEL, false, false, "roads closed by snow")).allowed()).isTrue();
        assertThat(field(policy.check(boy15(), decide(TransferGround.IMPRACTICABLE,
                ImpracticabilityReason.TRANSPORT_OR_TRAVEL, false, false, " ")))).isEqualTo("explanation");
    }

    @Test
    void refusesSeriousHarmCertificateWhenTheChargeIsNeitherViolentNorSexual() { // PACE-09
        Verdict v = policy.check(nonViolent(boy15()), decide(TransferGround.NO_SECURE_ACCOMMODATION_SERIOUS_HARM, null,
                true, true, "prolific burglar"));
        assertThat(rule(v)).isEqualTo("PACE-09");
    }

    @Test
    void refusesSecureUnavailableGroundForAChildUnder12() { // PACE-07
        Verdict v = policy.check(withAge(boy15(), 11), decide(TransferGround.NO_SECURE_ACCOMMODATION_SERIOUS_HARM,
                null, true, true, "serious violence"));
        assertThat(rule(v)).isEqualTo("PACE-07");
        assertThat(((Verdict.Refused) v).reason()).contains("12 or over");
    }

    @Test
    void acceptsSecureUnavailableGroundForAChildOf12ChargedWithViolence() { // PACE-07, PACE-09
        assertThat(policy.check(withAge(boy15(), 12), decide(TransferGround.NO_SECURE_ACCOMMODATION_SERIOUS_HARM,
                null, true, true, "stabbing; threats to the victim")).allowed()).isTrue();
    }

    @Test
    void refusesSeriousHarmCertificateWithoutTheFindingAboutOtherAccommodation() { // PACE-07
        assertThat(field(policy.check(boy15(), decide(TransferGround.NO_SECURE_ACCOMMODATION_SERIOUS_HARM, null, true,
                false, "x")))).isEqualTo("otherAccommodationWouldNotProtectPublic");
    }

    @Test
    void refusesAnyTransferDecisionForABailBreachArrest() { // PACE-11
        Verdict v = policy.check(arrestedFor(ArrestKind.BREACH_OF_BAIL),
                decide(TransferGround.TRANSFER, null, false, false, null));
        assertThat(rule(v)).isEqualTo("PACE-11");
        assertThat(((Verdict.Refused) v).reason()).contains("within 24 hours");
    }

    @Test
    void refusesBailRefusalRecordedBeforeCharge() { // PACE-07
        DecideTransfer d = new DecideTransfer(RECORD, charged, charged.minusSeconds(60), "PS 1", TransferGround.TRANSFER,
                null, false, false, null);
        assertThat(field(policy.check(boy15(), d))).isEqualTo("bailRefusedAt");
    }
}
