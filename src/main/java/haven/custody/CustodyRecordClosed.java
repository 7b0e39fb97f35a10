package haven.custody;

import java.time.Instant;

/** The child left custody; {@code referred} says whether a referral to children's social care went with it. */
public record CustodyRecordClosed(long recordId, long childPersonId, CustodyOutcome outcome, boolean referred,
                                  Instant closedAt) {
}
