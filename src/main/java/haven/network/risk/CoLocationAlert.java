package haven.network.risk;

import java.time.Instant;
import java.util.List;

/**
 * An alert that a record put an adult flagged as posing a risk to children at a child's
 * address, in the child's household, beside the child's parent, or at the same event.
 * {@code causes} names the records (links, flags, event) that caused it.
 */
public record CoLocationAlert(long id, long childPersonId, long riskPersonId, CoLocationReason reason, Long locationId,
                              List<Cause> causes, String triggeredBy, Instant raisedAt, String status,
                              List<Recipient> recipients) {

    /** A record that caused the alert: a link, a flag or an event, with its source. */
    public record Cause(String kind, long id, String description, String source) {
    }

    /** Someone the alert went to, and why them. */
    public record Recipient(long userId, String username, String displayName, String agency, String why) {
    }

    public boolean open() {
        return !"CLOSED".equals(status);
    }

    @Override
    public String toString() {
        return "CoLocationAlert[id=" + id + ", child=" + childPersonId + ", risk=" + riskPersonId + ", reason=" + reason + "]";
    }
}
