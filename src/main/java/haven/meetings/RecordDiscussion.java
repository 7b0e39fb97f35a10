package haven.meetings;

import java.time.Instant;
import java.util.List;

/**
 * What happened at a strategy discussion: when it was held, who attended (invitee ids), what was
 * shared and what was decided. {@code reasonForDelay} is needed when it was held after CP-02.
 */
public record RecordDiscussion(Instant heldAt, List<Long> attended, String informationShared, Investigation investigation,
                               boolean s47Enquiries, boolean immediateProtection, String rationale, String reasonForDelay) {
    public RecordDiscussion {
        attended = attended == null ? List.of() : List.copyOf(attended);
    }
}
