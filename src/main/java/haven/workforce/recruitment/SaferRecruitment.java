package haven.workforce.recruitment;

import haven.workforce.Decision;

import java.time.LocalDate;

/** Safer recruitment gates: REC-01 (starting before clearance) and REC-02 (barred-list checks only for regulated activity). */
public final class SaferRecruitment {

    private SaferRecruitment() {
    }

    // REC-01: regulated activity needs an enhanced DBS check with the children's barred list; while it is pending
    // the starter may begin only after a separate barred-list check is clear, and under supervision.
    public static Decision mayStart(StaffMember staff, LocalDate startDate) {
        if (startDate == null) {
            return Decision.refused("REC-01", "startDate", "Enter the start date");
        }
        if (!staff.regulatedActivity() || staff.enhancedDbs() == CheckStatus.CLEAR) {
            return Decision.allowed();
        }
        if (staff.enhancedDbs() == CheckStatus.NOT_CLEAR) {
            return Decision.refused("REC-01", "enhancedDbs",
                    "The enhanced DBS check is not clear: this person cannot start in regulated activity");
        }
        if (staff.separateBarredListCheck() != CheckStatus.CLEAR) {
            return Decision.refused("REC-01", "separateBarredListCheck",
                    "The DBS certificate is not back: a separate barred-list check must be clear before the start date");
        }
        if (staff.supervisorId() == null) {
            return Decision.refused("REC-01", "supervisorId",
                    "The DBS certificate is not back: record who will supervise this person until it is");
        }
        return Decision.allowed();
    }

    // REC-02: barred-list checks must not be requested for roles outside regulated activity.
    public static Decision mayRequestBarredListCheck(StaffMember staff) {
        if (!staff.regulatedActivity()) {
            return Decision.refused("REC-02", "separateBarredListCheck",
                    "A barred-list check cannot be requested for a role outside regulated activity");
        }
        return Decision.allowed();
    }
}
