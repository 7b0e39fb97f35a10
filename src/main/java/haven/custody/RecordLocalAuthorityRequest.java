package haven.custody;

import java.time.Instant;

/** Command: the request to the local authority for accommodation: when asked, when answered, and the answer. */
public record RecordLocalAuthorityRequest(long recordId, String localAuthority, boolean secureRequested,
                                          Instant askedAt, Instant answeredAt, LocalAuthorityAnswer answer,
                                          String recordedBy) {
}
