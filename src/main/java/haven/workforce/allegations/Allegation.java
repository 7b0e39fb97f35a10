package haven.workforce.allegations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An allegation against someone who works with children: what was alleged and when it came in, the LADO referral
 * (due under AL-01), the LADO's process notes and outcome, and the incidents the person was involved in.
 */
public record Allegation(UUID id, UUID staffId, UUID establishmentId, Instant receivedAt,
                         AllegationCategory category, String summary, List<UUID> linkedIncidentIds,
                         Instant referredToLadoAt, String ladoReference, String ladoProcess,
                         LadoOutcome outcome, Instant concludedAt) {

    public Allegation {
        linkedIncidentIds = linkedIncidentIds == null ? List.of() : List.copyOf(linkedIncidentIds);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public boolean referredToLado() {
        return referredToLadoAt != null;
    }

    @Override
    public String toString() {
        return "Allegation[" + id + " staff=" + staffId + "]";
    }
}
