package haven.custody;

import java.time.Instant;
import java.util.UUID;

/** Command: the request to the local authority for accommodation: when asked, when answered, and the answer. */
public record RecordLocalAuthorityRequest(UUID recordId, String localAuthority, boolean secureRequested,
                                          Instant askedAt, Instant answeredAt, LocalAuthorityAnswer answer,
                                          String recordedBy) {
}
