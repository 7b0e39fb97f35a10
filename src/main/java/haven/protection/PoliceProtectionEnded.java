package haven.protection;

import java.time.Instant;

/** Police protection ended; {@code afterLimit} when it ran to or past the 72 hours (PP-02). */
public record PoliceProtectionEnded(long caseId, long childPersonId, ProtectionEndKind kind, Instant endedAt,
                                    boolean afterLimit) {
}
