package haven.secureestate.health;

import haven.secureestate.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTest {

    private final Instant t = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aMissedDoseMustSayWhyAndAlertsTheHealthcareLead() {
        MedicationDose missed = new MedicationDose(UUID.randomUUID(), UUID.randomUUID(), 101L,
                "Sertraline 50 mg", t, DoseOutcome.MISSED, t, null);

        assertThat(HealthValidation.validate(missed, t)).extracting(FieldProblem::field).containsExactly("reason");
        assertThat(missed.alertsHealthcareLead()).isTrue();
    }

    @Test
    void aGivenDoseNeedsNoReasonAndDoesNotAlert() {
        MedicationDose given = new MedicationDose(UUID.randomUUID(), UUID.randomUUID(), 101L,
                "Sertraline 50 mg", t, DoseOutcome.GIVEN, t, null);

        assertThat(HealthValidation.validate(given, t)).isEmpty();
        assertThat(given.alertsHealthcareLead()).isFalse();
    }

    @Test
    void anAppointmentTheChildWasTooLateForAlertsLikeAMissedOne() {
        MedicalAppointment late = new MedicalAppointment(UUID.randomUUID(), UUID.randomUUID(), 101L,
                "Dentist", t, AppointmentOutcome.LATE_NOT_SEEN, "No escort available");
        MedicalAppointment seenLate = new MedicalAppointment(UUID.randomUUID(), UUID.randomUUID(), 101L,
                "Dentist", t, AppointmentOutcome.LATE_SEEN, "Escort delayed");

        assertThat(late.alertsHealthcareLead()).isTrue();
        assertThat(seenLate.alertsHealthcareLead()).isFalse();
        assertThat(HealthValidation.validate(late)).isEmpty();
    }
}
