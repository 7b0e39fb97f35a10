package haven.custody;

import java.time.Instant;

/**
 * Command: the healthcare professional's youth assessment was requested and, when {@code doneAt} is set, done.
 *
 * @param findings personal health information: never logged
 */
public record RecordYouthAssessment(long recordId, Instant requestedAt, Instant doneAt, String healthcareProfessional,
                                    String findings, boolean referralMade, String recordedBy) {

    @Override
    public String toString() {
        return "RecordYouthAssessment[recordId=" + recordId + "]";
    }
}
