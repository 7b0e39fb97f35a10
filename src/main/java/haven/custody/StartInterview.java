package haven.custody;

import java.time.Instant;
import java.util.UUID;

/** Command: an interview (or written statement) is about to start (PACE-04). */
public record StartInterview(UUID recordId, Instant startsAt, String interviewingOfficer,
                             String urgentInterviewAuthorisedBy, Rank authoriserRank, String urgentInterviewReason) {

    public boolean urgentInterviewAuthorised() {
        return urgentInterviewAuthorisedBy != null && !urgentInterviewAuthorisedBy.isBlank();
    }
}
