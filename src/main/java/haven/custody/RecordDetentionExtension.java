package haven.custody;

import java.time.Instant;

/**
 * Command: detention without charge is extended (PACE-06): by a superintendent to 36 hours, or by a
 * magistrates' court warrant of further detention up to 96 hours in total.
 *
 * @param rank the authorising officer's rank; ignored for a warrant (the court authorises)
 */
public record RecordDetentionExtension(long recordId, ExtensionKind kind, Instant authorisedAt, String authorisedBy,
                                       Rank rank, int extendsToHours, String reasons) {

    /** Who extended detention. */
    public enum ExtensionKind {
        SUPERINTENDENT, WARRANT_OF_FURTHER_DETENTION
    }
}
