package haven.protection;

import java.time.Instant;

/**
 * Command: police protection ends.
 *
 * @param releasedTo                     for a release, the person the child was released to (personal)
 * @param epoGrantedAt                   for an emergency protection order, when the court granted it
 * @param epoAppliedForByDesignatedOfficer whether the designated officer applied (PP-06: the 8 days then begin
 *                                       with the first day of police protection)
 * @param details                        the circumstances; for local authority accommodation, the placement
 */
public record EndPoliceProtection(long caseId, ProtectionEndKind kind, Instant endedAt, String endedBy,
                                  String releasedTo, Instant epoGrantedAt, boolean epoAppliedForByDesignatedOfficer,
                                  String details) {

    @Override
    public String toString() {
        return "EndPoliceProtection[caseId=" + caseId + ", kind=" + kind + "]";
    }
}
