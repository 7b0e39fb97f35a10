package haven.workforce;

import java.time.Instant;
import java.util.UUID;

/** An allegation against a member of staff was received; AL-01 runs from {@code receivedAt}. */
public record AllegationReceived(UUID allegationId, UUID staffId, UUID establishmentId, Instant receivedAt,
                                 Instant ladoReferralDue) {
}
