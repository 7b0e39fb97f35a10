package haven.network.risk;

import java.util.List;

/** A co-location alert was raised and sent to these users. */
public record CoLocationAlertRaised(long alertId, long childPersonId, long riskPersonId, CoLocationReason reason,
                                    List<Long> recipientUserIds) {
}
