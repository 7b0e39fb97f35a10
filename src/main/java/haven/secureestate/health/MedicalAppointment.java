package haven.secureestate.health;

import java.time.Instant;
import java.util.UUID;

/** A medical appointment for a child: when, with whom, and whether the child was taken on time. */
public record MedicalAppointment(UUID id, UUID establishmentId, Long childPersonId, String service,
                                 Instant scheduledAt, AppointmentOutcome outcome, String reason) {

    /** A missed appointment, or one the child was too late to be seen at, alerts the healthcare lead. */
    public boolean alertsHealthcareLead() {
        return outcome != null && outcome.lost();
    }

    @Override
    public String toString() {
        return "MedicalAppointment[" + id + " child=" + childPersonId + " outcome=" + outcome + "]";
    }
}
