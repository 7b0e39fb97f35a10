package haven.custody;

import java.time.Instant;
import java.util.List;

/**
 * One child's custody record as it stands, with the latest version of each entry and the history of reviews,
 * searches and requests. Personal: {@code toString()} prints ids only.
 */
public record CustodyRecordView(
        long id, long childPersonId, String custodyNumber, String suite, String jurisdiction, Sex sex,
        Integer age, boolean ageVerified, ArrestKind arrestKind, String offence, boolean indictable,
        boolean violentOrSexual, Instant arrivedAt, Instant detentionAuthorisedAt, String authorisedBy,
        AppropriateAdult appropriateAdult, YouthAssessment youthAssessment, Placement placement,
        List<Review> reviews, List<Extension> extensions, List<StripSearch> stripSearches, List<Interview> interviews,
        Transfer transfer, List<RefusedCertificate> refusedCertificates, List<LaRequest> laRequests,
        Closure closure, List<Visit> visits) {

    public boolean open() {
        return closure == null;
    }

    /** The detention limit in hours now in force (PACE-06): 24, or as extended. */
    public int detentionLimitHours() {
        return extensions.stream().mapToInt(Extension::extendsToHours).max().orElse(24);
    }

    public int reviewsDone() {
        return (int) reviews.stream().filter(r -> !r.postponed()).count();
    }

    @Override
    public String toString() {
        return "CustodyRecordView[id=" + id + ", childPersonId=" + childPersonId + "]";
    }

    public record AppropriateAdult(String name, AppropriateAdultRole role, Instant requestedAt, Instant arrivedAt,
                                   Instant welfarePersonInformedAt, String recordedBy) {
        @Override
        public String toString() {
            return "AppropriateAdult[role=" + role + "]";
        }
    }

    public record YouthAssessment(Instant requestedAt, Instant doneAt, String healthcareProfessional, String findings,
                                  boolean referralMade) {
        @Override
        public String toString() {
            return "YouthAssessment[done=" + (doneAt != null) + "]";
        }
    }

    public record Placement(DetentionPlace place, Instant placedAt, String decidedBy, String reasonForCell,
                            String womanResponsibleForCare) {
    }

    public record Review(Instant reviewedAt, String reviewOfficer, Rank rank, boolean postponed, String reasons) {
    }

    public record Extension(RecordDetentionExtension.ExtensionKind kind, Instant authorisedAt, String authorisedBy,
                            int extendsToHours, String reasons) {
    }

    public record StripSearch(Instant searchedAt, String authorisedBy, String reasons, boolean exposesIntimateParts,
                              boolean appropriateAdultPresent, boolean urgent, int attendees) {
    }

    public record Interview(Instant startsAt, String interviewingOfficer, boolean urgent) {
    }

    public record Transfer(Instant chargedAt, Instant bailRefusedAt, String decidedBy, TransferGround ground,
                           ImpracticabilityReason impracticabilityReason, String explanation) {
    }

    public record RefusedCertificate(Instant attemptedAt, String attemptedBy, TransferGround ground,
                                     ImpracticabilityReason impracticabilityReason, String rule, String reason) {
    }

    public record LaRequest(String localAuthority, boolean secureRequested, Instant askedAt, Instant answeredAt,
                            LocalAuthorityAnswer answer, String escalation) {
    }

    public record Visit(Instant visitedAt, String visitedBy, String observation) {
    }

    public record Closure(Instant closedAt, String closedBy, CustodyOutcome outcome, String referralReference,
                          Instant referralMadeAt, String noReferralReason) {
    }
}
