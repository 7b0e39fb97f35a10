package haven.custody.web;

import haven.custody.AppropriateAdultRole;
import haven.custody.ArrestKind;
import haven.custody.BookInChild;
import haven.custody.CloseCustodyRecord;
import haven.custody.CustodyOutcome;
import haven.custody.DecideTransfer;
import haven.custody.ImpracticabilityReason;
import haven.custody.RecordAppropriateAdult;
import haven.custody.RecordStripSearch;
import haven.custody.SearchAttendee;
import haven.custody.Sex;
import haven.custody.TransferGround;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The API's request bodies. Every field may be left out (a missing yes/no means no): the rules then say which field
 * is missing, instead of the JSON reader refusing the whole body.
 */
final class CustodyRequests {

    private CustodyRequests() {
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    static long id(Long l) {
        return l == null ? 0 : l;
    }

    record BookIn(Long childId, String suite, Sex sex, LocalDate dateOfBirth, Integer apparentAge, Boolean ageVerified,
                  ArrestKind arrestKind, String offence, Boolean indictableOffence, Boolean violentOrSexualOffence,
                  Instant arrivedAt, Instant detentionAuthorisedAt, String authorisedBy) {
        @Override
        public String toString() {
            return "BookIn[child=" + childId + "]";
        }

        BookInChild command() {
            return new BookInChild(id(childId), suite, sex, dateOfBirth, apparentAge, yes(ageVerified), arrestKind,
                    offence, yes(indictableOffence), yes(violentOrSexualOffence), arrivedAt, detentionAuthorisedAt,
                    authorisedBy);
        }
    }

    record AppropriateAdult(String name, AppropriateAdultRole role, Boolean isSolicitor, Boolean isPoliceEmployee,
                            Boolean isCoSuspect, Instant requestedAt, Instant arrivedAt,
                            Instant welfarePersonInformedAt) {
        @Override
        public String toString() {
            return "AppropriateAdult[role=" + role + "]";
        }

        RecordAppropriateAdult command(long recordId, String by) {
            return new RecordAppropriateAdult(recordId, name, role, yes(isSolicitor), yes(isPoliceEmployee),
                    yes(isCoSuspect), requestedAt, arrivedAt, welfarePersonInformedAt, by);
        }
    }

    record StripSearch(Instant searchedAt, String authorisedBy, String reasons, Boolean exposesIntimateParts,
                       List<SearchAttendee> present, Boolean urgentRiskOfSeriousHarm, String urgencyReason,
                       Boolean childDeclinedAaInAaPresence, Boolean aaAgreedAndSigned) {
        RecordStripSearch command(long recordId) {
            return new RecordStripSearch(recordId, searchedAt, authorisedBy, reasons, yes(exposesIntimateParts),
                    present, yes(urgentRiskOfSeriousHarm), urgencyReason, yes(childDeclinedAaInAaPresence),
                    yes(aaAgreedAndSigned));
        }
    }

    record Transfer(Instant chargedAt, Instant bailRefusedAt, String decidedBy, TransferGround ground,
                    ImpracticabilityReason impracticabilityReason, Boolean secureAccommodationUnavailable,
                    Boolean otherAccommodationWouldNotProtectPublic, String explanation) {
        DecideTransfer command(long recordId) {
            return new DecideTransfer(recordId, chargedAt, bailRefusedAt, decidedBy, ground, impracticabilityReason,
                    yes(secureAccommodationUnavailable), yes(otherAccommodationWouldNotProtectPublic), explanation);
        }
    }

    record Close(Instant closedAt, CustodyOutcome outcome, String referralReference, Instant referralMadeAt,
                 String noReferralReason) {
        CloseCustodyRecord command(long recordId, String by) {
            return new CloseCustodyRecord(recordId, closedAt, by, outcome, referralReference, referralMadeAt,
                    noReferralReason);
        }
    }
}
