package haven.custody;

/**
 * No local authority accommodation was offered for a charged child: the case goes to the duty inspector and the
 * authority's senior manager (PACE-07, PACE-10). Listeners (notifications, the clocks escalation chain) act on it.
 */
public record LocalAuthorityAccommodationEscalated(long recordId, String localAuthority, LocalAuthorityAnswer answer,
                                                   String escalation) {
}
