package haven.protection.rules;

import java.time.Instant;

/**
 * What the policies need to know about one police protection case, as it stands.
 *
 * @param designatedOfficerId null until one is named
 * @param latestDecision      null until the designated officer has decided
 */
public record ProtectionFacts(long caseId, String takenBy, Instant takenAt, String designatedOfficerId,
                              haven.protection.DesignatedOfficerOutcome latestDecision, boolean ended) {
}
