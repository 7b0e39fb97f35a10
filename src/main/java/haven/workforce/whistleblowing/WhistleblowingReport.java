package haven.workforce.whistleblowing;

import java.time.Instant;
import java.util.UUID;

/** An anonymous concern: no reporter identity is ever held, only the hash of the follow-up reference. */
public record WhistleblowingReport(UUID id, String referenceHash, UUID establishmentId, Instant receivedAt,
                                   String concern, String status) {

    @Override
    public String toString() {
        return "WhistleblowingReport[" + id + "]";
    }
}
