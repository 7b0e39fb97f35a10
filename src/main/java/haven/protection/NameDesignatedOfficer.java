package haven.protection;

import java.time.Instant;

/** Command: the designated officer who will inquire into the case is named (PP-03). */
public record NameDesignatedOfficer(long caseId, String officerId, String officerName, String rank, Instant namedAt,
                                    String namedBy) {

    @Override
    public String toString() {
        return "NameDesignatedOfficer[caseId=" + caseId + ", officerId=" + officerId + "]";
    }
}
