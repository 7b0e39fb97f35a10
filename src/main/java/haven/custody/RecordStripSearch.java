package haven.custody;

import java.time.Instant;
import java.util.List;

/**
 * Command: a strip search of a child (PACE-12).
 *
 * @param exposesIntimateParts        whether the search exposes intimate parts (the safeguards apply)
 * @param urgentRiskOfSeriousHarm     urgency with risk of serious harm to the child or others: the only case
 *                                    for a search without the appropriate adult other than the child's choice
 * @param childDeclinedAaInAaPresence the child said, in the appropriate adult's presence, they prefer the AA
 *                                    not to be there
 * @param aaAgreedAndSigned           the appropriate adult agreed to that and signed the record
 */
public record RecordStripSearch(long recordId, Instant searchedAt, String authorisedBy, String reasons,
                                boolean exposesIntimateParts, List<SearchAttendee> present,
                                boolean urgentRiskOfSeriousHarm, String urgencyReason,
                                boolean childDeclinedAaInAaPresence, boolean aaAgreedAndSigned) {

    public RecordStripSearch {
        present = present == null ? List.of() : List.copyOf(present);
    }
}
