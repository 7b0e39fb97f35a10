package haven.secureestate.health;

import java.time.Instant;
import java.util.UUID;

/** One line of the medication administration record: a prescribed dose and what happened to it. */
public record MedicationDose(UUID id, UUID establishmentId, Long childPersonId, String medicine,
                             Instant scheduledAt, DoseOutcome outcome, Instant recordedAt, String reason) {

    /** A missed dose alerts the healthcare lead and is counted. */
    public boolean alertsHealthcareLead() {
        return outcome == DoseOutcome.MISSED;
    }

    @Override
    public String toString() {
        return "MedicationDose[" + id + " child=" + childPersonId + " outcome=" + outcome + "]";
    }
}
