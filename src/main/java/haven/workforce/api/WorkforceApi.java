package haven.workforce.api;

import haven.access.CurrentUser;
import haven.access.Role;
import haven.clocks.Jurisdiction;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import haven.workforce.Outcome;
import haven.workforce.Workforce;
import haven.workforce.allegations.Allegation;
import haven.workforce.allegations.AllegationCategory;
import haven.workforce.allegations.LadoOutcome;
import haven.workforce.recruitment.CheckStatus;
import haven.workforce.recruitment.StaffMember;
import haven.workforce.whistleblowing.FollowUpReference;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staff records, allegations and whistleblowing for agencies' systems. */
@RestController
@RequestMapping("/api/v1/workforce")
class WorkforceApi {

    record StaffRequest(UUID establishmentId, String displayName, String role, boolean regulatedActivity,
                        int monthsExperienceWithChildren, CheckStatus enhancedDbs, CheckStatus separateBarredListCheck,
                        UUID supervisorId, LocalDate startDate, List<String> training) {
    }

    record AllegationRequest(UUID staffId, UUID establishmentId, Instant receivedAt, AllegationCategory category,
                             String summary, List<UUID> linkedIncidentIds, Jurisdiction jurisdiction) {
    }

    record LadoReferral(Instant referredAt, String ladoReference, String reasonForDelay) {
    }

    record LadoConclusion(String process, LadoOutcome outcome, Instant concludedAt) {
    }

    record Concern(UUID establishmentId, String concern) {
    }

    record Reference(String reference) {
    }

    record Created(UUID id) {
    }

    private final Workforce workforce;

    WorkforceApi(Workforce workforce) {
        this.workforce = workforce;
    }

    @PostMapping("/staff")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> staff(@RequestBody StaffRequest r) {
        return created(workforce.recordStaff(new StaffMember(null, r.establishmentId(), r.displayName(), r.role(),
                r.regulatedActivity(), r.monthsExperienceWithChildren(), r.enhancedDbs(), r.separateBarredListCheck(),
                r.supervisorId(), r.startDate(), r.training()), CurrentUser.get().username(), "Recorded"));
    }

    @GetMapping("/staff/{id}")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER', 'NATIONAL_MONITOR')")
    StaffMember staffMember(@PathVariable UUID id) {
        return workforce.staffMember(id).orElseThrow(() -> new NotFound("No such staff member"));
    }

    @PostMapping("/allegations")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> allegation(@RequestBody AllegationRequest r) {
        return created(workforce.recordAllegation(new Allegation(null, r.staffId(), r.establishmentId(), r.receivedAt(),
                r.category(), r.summary(), r.linkedIncidentIds(), null, null, null, null, null),
                r.jurisdiction() == null ? Jurisdiction.ENGLAND : r.jurisdiction(), CurrentUser.get().username()));
    }

    @GetMapping("/allegations/{id}")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER', 'NATIONAL_MONITOR')")
    Workforce.AllegationView allegation(@PathVariable UUID id) {
        return workforce.allegation(id, Jurisdiction.ENGLAND).orElseThrow(() -> new NotFound("No such allegation"));
    }

    @PostMapping("/allegations/{id}/lado-referral")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER', 'SYSTEM_CLIENT')")
    ResponseEntity<Created> referral(@PathVariable UUID id, @RequestBody LadoReferral r) {
        return created(workforce.referToLado(id, r.referredAt(), r.ladoReference(), r.reasonForDelay(), CurrentUser.get().username()));
    }

    @PostMapping("/allegations/{id}/lado-outcome")
    @PreAuthorize("hasRole('DESIGNATED_OFFICER')")
    ResponseEntity<Created> outcome(@PathVariable UUID id, @RequestBody LadoConclusion r) {
        return created(workforce.recordLadoOutcome(id, r.process(), r.outcome(), r.concludedAt(), CurrentUser.get().username()));
    }

    /** Raises a concern anonymously; the reference in the answer is the only copy. */
    @PostMapping("/whistleblowing")
    Reference raise(@RequestBody Concern c) {
        return workforce.raiseConcern(c.establishmentId(), c.concern()).map(r -> new Reference(r.value()))
                .orElseThrow(() -> new InvalidInput("concern", "Describe your concern"));
    }

    @PostMapping("/whistleblowing/follow-up")
    Object followUp(@RequestBody Reference r) {
        return workforce.followUp(FollowUpReference.parse(r.reference()))
                .orElseThrow(() -> new NotFound("No concern has that reference"));
    }

    @GetMapping("/whistleblowing/concerns")
    Object concerns() {
        var roles = CurrentUser.get().roles().stream().map(Role::name).collect(Collectors.toSet());
        if (!workforce.mayReadConcerns(roles).isAllowed()) {
            throw new Forbidden("Whistleblowing concerns are visible only to the named roles.");
        }
        return workforce.concerns(roles);
    }

    private static ResponseEntity<Created> created(Outcome o) {
        if (o instanceof Outcome.Recorded r) {
            return ResponseEntity.created(URI.create("/api/v1/workforce/" + r.id())).body(new Created(r.id()));
        }
        if (o instanceof Outcome.Invalid i) {
            throw new InvalidInput(i.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
        }
        Outcome.Refused r = (Outcome.Refused) o;
        throw new InvalidInput(r.field(), r.reason() + " (" + r.ruleId() + ")");
    }

}
