package haven.protection;

import java.time.Instant;

/**
 * Command: somebody tried to carry out a notification duty (PP-03, PP-04). A failed attempt is
 * recorded too, with what was tried.
 *
 * @param recipient who was told or tried (for example "mother", "Leeds children's services"); personal
 * @param note      for a failed attempt what was tried; for the child's wishes, what the child said
 */
public record RecordNotificationAttempt(
        long caseId,
        NotificationDuty duty,
        String recipient,
        Instant attemptedAt,
        String attemptedBy,
        boolean succeeded,
        String note) {

    @Override
    public String toString() {
        return "RecordNotificationAttempt[caseId=" + caseId + ", duty=" + duty + "]";
    }
}
