package haven.protection.web;

import haven.protection.DesignatedOfficerOutcome;
import haven.protection.EndPoliceProtection;
import haven.protection.NameDesignatedOfficer;
import haven.protection.NotificationDuty;
import haven.protection.ProtectionEndKind;
import haven.protection.RecordDesignatedOfficerDecision;
import haven.protection.RecordNotificationAttempt;

import java.time.Instant;

/** The API's request bodies for an open police protection case; left-out fields are reported by the rules. */
final class ProtectionCaseRequests {

    private ProtectionCaseRequests() {
    }

    record Attempt(NotificationDuty duty, String recipient, Instant attemptedAt, String attemptedBy, Boolean succeeded,
                   String note) {
        RecordNotificationAttempt command(long caseId) {
            return new RecordNotificationAttempt(caseId, duty, recipient, attemptedAt, attemptedBy,
                    Boolean.TRUE.equals(succeeded), note);
        }
    }

    record DesignatedOfficer(String officerId, String officerName, String rank, Instant namedAt) {
        NameDesignatedOfficer command(long caseId, String by) {
            return new NameDesignatedOfficer(caseId, officerId, officerName, rank, namedAt, by);
        }
    }

    record Decision(String decidedBy, Instant decidedAt, String inquiry, DesignatedOfficerOutcome outcome,
                    String reasons) {
        RecordDesignatedOfficerDecision command(long caseId) {
            return new RecordDesignatedOfficerDecision(caseId, decidedBy, decidedAt, inquiry, outcome, reasons);
        }
    }

    record End(ProtectionEndKind kind, Instant endedAt, String endedBy, String releasedTo, Instant epoGrantedAt,
               Boolean epoAppliedForByDesignatedOfficer, String details) {
        EndPoliceProtection command(long caseId) {
            return new EndPoliceProtection(caseId, kind, endedAt, endedBy, releasedTo, epoGrantedAt,
                    Boolean.TRUE.equals(epoAppliedForByDesignatedOfficer), details);
        }
    }
}
