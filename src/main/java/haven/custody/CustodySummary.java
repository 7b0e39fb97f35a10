package haven.custody;

import java.time.Instant;

/** One custody record as the dashboard counts it (ids and times only, nothing that names the child). */
public record CustodySummary(long recordId, String custodyNumber, long childPersonId, String suite, Integer age,
                             ArrestKind arrestKind, Instant arrivedAt, Instant closedAt, CustodyOutcome outcome,
                             boolean referred, Instant aaRequestedAt, Instant aaArrivedAt,
                             boolean youthAssessmentDone, boolean chargedAndRefusedBail, boolean transferRequested,
                             boolean transferAchieved, DetentionPlace place, boolean stripSearched,
                             boolean searchedWithoutAa) {

    public boolean open() {
        return closedAt == null;
    }
}
