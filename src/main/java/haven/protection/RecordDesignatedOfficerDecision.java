package haven.protection;

import java.time.Instant;

/** Command: the designated officer's inquiry and decision, with reasons (PP-05). */
public record RecordDesignatedOfficerDecision(long caseId, String decidedBy, Instant decidedAt, String inquiry,
                                              DesignatedOfficerOutcome outcome, String reasons) {

    @Override
    public String toString() {
        return "RecordDesignatedOfficerDecision[caseId=" + caseId + ", outcome=" + outcome + "]";
    }
}
