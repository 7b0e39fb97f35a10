package haven.meetings;

import java.time.Instant;
import java.util.List;

/**
 * What happened at a strategy discussion: when it was held, who attended (invitee ids), what was
 * shared and what was decided. {@code reasonForDelay} is needed when it was held after CP-02.
 */
public record RecordDiscussion(Instant heldAt, List<Long> attended, String informationShared, Investigation investigation,
                               Boolean s47Enquiries, Boolean immediateProtection, String rationale, String reasonForDelay) {
    public RecordDiscussion {
        s47Enquiries = Boolean.TRUE.equals(s47Enquiries);
        immediateProtection = Boolean.TRUE.equals(immediateProtection);
        attended = attended == null ? List.of() : List.copyOf(attended);
    }
}
