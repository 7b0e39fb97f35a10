package haven.secureestate.api;

import haven.access.CurrentUser;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import haven.secureestate.Outcome;
import haven.secureestate.SecureEstate;
import haven.secureestate.estate.Establishment;
import haven.secureestate.force.RestraintReason;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.health.AppointmentOutcome;
import haven.secureestate.health.DoseOutcome;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.notifications.PartnershipNotification;
import haven.secureestate.notifications.PartnershipOutbox;
import haven.secureestate.oversight.InspectorateSignal;
import haven.secureestate.oversight.OversightService;
import haven.secureestate.oversight.PeriodMeasures;
import haven.secureestate.regime.Movement;
import haven.secureestate.regime.MovementKind;
import haven.secureestate.searches.Search;
import haven.secureestate.searches.SearchKind;
import haven.secureestate.separation.Observation;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.web.EstablishmentAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The secure estate for agencies' systems: record into the registers, read the dashboard and the national report. */
@RestController
@RequestMapping("/api/v1/secure-estate")
class SecureEstateApi {

    record EstablishmentSummary(UUID id, String name, String type, String jurisdiction, int capacity) {
    }

    record UseOfForceRequest(Long childPersonId, String location, Instant startedAt, Instant endedAt, List<UUID> staffIds,
                             RestraintReason reason, String deEscalation, List<String> techniqueCodes,
                             String immediateRiskJustification, String bodyWornVideoRef, Instant healthcareAttendedAt,
                             String childInjury, String staffInjury, Boolean reportProhibitedPractice) {
    }

    record SearchRequest(Long childPersonId, SearchKind kind, Instant conductedAt, String riskAssessment,
                         UUID authorisingManagerId, String reason, String found, List<UUID> presentStaffIds) {
    }

    record SeparationRequest(Long childPersonId, Instant startedAt, Instant endedAt, String reason,
                             String otherMethodsTried, UUID authorisedBy, Instant reasonsGivenInWritingAt,
                             List<Observation> observations) {
    }

    record MovementRequest(Long childPersonId, Instant at, MovementKind kind, String activity) {
    }

    record DoseRequest(Long childPersonId, String medicine, Instant scheduledAt, DoseOutcome outcome, String reason) {
    }

    record AppointmentRequest(Long childPersonId, String service, Instant scheduledAt, AppointmentOutcome outcome, String reason) {
    }

    record Created(UUID id) {
    }

    record Acknowledgement(String reference) {
    }

    record DashboardResponse(UUID establishmentId, String name, int childrenNow, List<PeriodMeasures> weeks,
                             List<InspectorateSignal> signals) {
    }

    private final SecureEstate estate;
    private final EstablishmentAccess access;
    private final OversightService oversight;
    private final PartnershipOutbox outbox;

    SecureEstateApi(SecureEstate estate, EstablishmentAccess access, OversightService oversight, PartnershipOutbox outbox) {
        this.estate = estate;
        this.access = access;
        this.oversight = oversight;
        this.outbox = outbox;
    }

    @GetMapping("/establishments")
    List<EstablishmentSummary> establishments() {
        return access.visible().stream().map(e -> new EstablishmentSummary(e.id(), e.name(), e.type().name(),
                e.jurisdiction().name(), e.capacity())).toList();
    }

    @GetMapping("/establishments/{id}/dashboard")
    DashboardResponse dashboard(@PathVariable UUID id, @RequestParam(defaultValue = "12") int weeks) {
        var d = oversight.dashboard(access.require(id), Math.max(1, Math.min(weeks, 52)));
        return new DashboardResponse(id, d.establishment().name(), d.childrenNow(), d.weeks(), d.signals());
    }

    @PostMapping("/establishments/{id}/uses-of-force")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> useOfForce(@PathVariable UUID id, @RequestBody UseOfForceRequest r) {
        Establishment est = access.require(id);
        Outcome o = estate.recordUseOfForce(new UseOfForce(null, est.id(), r.childPersonId(), r.location(), r.startedAt(),
                r.endedAt(), r.staffIds(), r.reason(), r.deEscalation(), r.techniqueCodes(), r.immediateRiskJustification(),
                r.bodyWornVideoRef(), r.healthcareAttendedAt(), r.childInjury(), r.staffInjury()),
                Boolean.TRUE.equals(r.reportProhibitedPractice()), CurrentUser.get().username());
        return created("/api/v1/secure-estate/uses-of-force/", o);
    }

    @GetMapping("/uses-of-force/{id}")
    Map<String, Object> useOfForce(@PathVariable UUID id) {
        var v = estate.useOfForce(id).orElseThrow(() -> new NotFound("No such use of force"));
        access.require(v.record().force().establishmentId());
        return Map.of("record", v.record(), "recordedDue", v.se03().due(),
                "managerReviewDue", v.se03().milestone("manager").orElseThrow().due(),
                "childSpokenToDue", v.se03().milestone("child").orElseThrow().due(),
                "partnershipNotification", v.notification().map(n -> (Object) n).orElse(Map.of()));
    }

    @PostMapping("/establishments/{id}/searches")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> search(@PathVariable UUID id, @RequestBody SearchRequest r) {
        access.require(id);
        return created("/api/v1/secure-estate/searches/", estate.recordSearch(new Search(null, id, r.childPersonId(), r.kind(),
                r.conductedAt(), r.riskAssessment(), r.authorisingManagerId(), r.reason(), r.found(), r.presentStaffIds()),
                CurrentUser.get().username()));
    }

    @PostMapping("/establishments/{id}/separations")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> separation(@PathVariable UUID id, @RequestBody SeparationRequest r) {
        access.require(id);
        return created("/api/v1/secure-estate/separations/", estate.recordSeparation(new SeparationEpisode(null, id,
                r.childPersonId(), r.startedAt(), r.endedAt(), r.reason(), r.otherMethodsTried(), r.authorisedBy(),
                r.reasonsGivenInWritingAt(), r.observations(), List.of()), CurrentUser.get().username()));
    }

    @PostMapping("/establishments/{id}/movements")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> movement(@PathVariable UUID id, @RequestBody MovementRequest r) {
        access.require(id);
        Outcome o = estate.recordMovement(id, new Movement(r.childPersonId(), r.at(), r.kind(), r.activity()),
                CurrentUser.get().username());
        return created("/api/v1/secure-estate/establishments/", o);
    }

    @PostMapping("/establishments/{id}/doses")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> dose(@PathVariable UUID id, @RequestBody DoseRequest r) {
        access.require(id);
        return created("/api/v1/secure-estate/doses/", estate.recordDose(new MedicationDose(null, id, r.childPersonId(),
                r.medicine(), r.scheduledAt(), r.outcome(), null, r.reason()), CurrentUser.get().username()));
    }

    @PostMapping("/establishments/{id}/appointments")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> appointment(@PathVariable UUID id, @RequestBody AppointmentRequest r) {
        access.require(id);
        return created("/api/v1/secure-estate/appointments/", estate.recordAppointment(new MedicalAppointment(null, id,
                r.childPersonId(), r.service(), r.scheduledAt(), r.outcome(), r.reason()), CurrentUser.get().username()));
    }

    @GetMapping("/national-report")
    @PreAuthorize("hasRole('NATIONAL_MONITOR')")
    List<PeriodMeasures> nationalReport(@RequestParam(defaultValue = "6") int months) {
        return oversight.monthly(Math.max(1, Math.min(months, 24)));
    }

    @GetMapping(value = "/national-report.csv", produces = "text/csv")
    @PreAuthorize("hasRole('NATIONAL_MONITOR')")
    String nationalCsv(@RequestParam(defaultValue = "6") int months) {
        return oversight.nationalCsv(Math.max(1, Math.min(months, 24)));
    }

    @GetMapping(value = "/national-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('NATIONAL_MONITOR')")
    byte[] nationalPdf(@RequestParam(defaultValue = "6") int months, @RequestParam(defaultValue = "public") String version) {
        return oversight.nationalPdf(Math.max(1, Math.min(months, 24)), !"restricted".equals(version));
    }

    @GetMapping("/partnership-notifications")
    @PreAuthorize("hasAnyRole('SOCIAL_WORK_MANAGER', 'NATIONAL_MONITOR', 'SYSTEM_CLIENT')")
    List<PartnershipNotification> notifications(@RequestParam(defaultValue = "false") boolean unacknowledgedOnly) {
        return outbox.all(unacknowledgedOnly);
    }

    /** SE-07: the partnership acknowledges a notification; until it does, Haven keeps sending it. */
    @PostMapping("/partnership-notifications/{id}/acknowledgement")
    @PreAuthorize("hasAnyRole('SOCIAL_WORK_MANAGER', 'SYSTEM_CLIENT')")
    PartnershipNotification acknowledge(@PathVariable UUID id, @RequestBody(required = false) Acknowledgement body) {
        String ref = body == null || body.reference() == null || body.reference().isBlank()
                ? "acknowledged by " + CurrentUser.get().username() : body.reference().trim();
        return outbox.acknowledge(id, ref).orElseThrow(() -> new NotFound("No such notification"));
    }

    private static ResponseEntity<Created> created(String base, Outcome o) {
        if (o instanceof Outcome.Recorded r) {
            return ResponseEntity.created(URI.create(base + r.id())).body(new Created(r.id()));
        }
        if (o instanceof Outcome.Invalid i) {
            throw new InvalidInput(i.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
        }
        Outcome.Refused r = (Outcome.Refused) o;
        throw new InvalidInput(r.field() == null ? "request" : r.field(), r.reason() + " (" + r.ruleId() + ")");
    }

}
