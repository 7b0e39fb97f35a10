package haven.custody.rules;

import haven.custody.StartInterview;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/** PACE-04: no interview or written statement without the appropriate adult unless an urgent interview is authorised. */
public final class InterviewPolicy {

    private final Clock clock;

    public InterviewPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, StartInterview c) {
        Verdict time = Checks.timeOnOpenRecord(f, c.startsAt(), "startsAt", "PACE-04", clock);
        if (!time.allowed()) {
            return time;
        }
        if (blank(c.interviewingOfficer())) {
            return Verdict.refused("PACE-04", "interviewingOfficer", "Record the interviewing officer.");
        }
        boolean aaPresent = f.aaArrivedAt() != null && !f.aaArrivedAt().isAfter(c.startsAt());
        if (aaPresent) {
            return Verdict.ALLOWED;
        }
        if (!c.urgentInterviewAuthorised()) {
            return Verdict.refused("PACE-04", "appropriateAdult",
                    "The appropriate adult is not here. A child is not interviewed without one unless an urgent "
                            + "interview is authorised by an officer of superintendent rank or above.");
        }
        if (blank(c.urgentInterviewReason())) {
            return Verdict.refused("PACE-04", "urgentInterviewReason",
                    "Record why delay would lead to harm, interference with evidence or alerting others.");
        }
        if (c.authoriserRank() == null || !c.authoriserRank().atLeast(haven.custody.Rank.SUPERINTENDENT)) {
            return Verdict.refused("PACE-04", "authoriserRank",
                    "An urgent interview is authorised by a superintendent or above.");
        }
        if (c.urgentInterviewAuthorisedBy().equalsIgnoreCase(c.interviewingOfficer())) {
            return Verdict.refused("PACE-04", "urgentInterviewAuthorisedBy",
                    "The interviewing officer cannot authorise their own urgent interview.");
        }
        return Verdict.ALLOWED;
    }
}
