package haven.custody;

import java.time.Instant;

/** Command: an interview (or written statement) is about to start (PACE-04). */
public record StartInterview(long recordId, Instant startsAt, String interviewingOfficer,
                             String urgentInterviewAuthorisedBy, Rank authoriserRank, String urgentInterviewReason) {

    public boolean urgentInterviewAuthorised() {
        return urgentInterviewAuthorisedBy != null && !urgentInterviewAuthorisedBy.isBlank();
    }
}
