package haven.secureestate.web;

import haven.access.CurrentUser;
import haven.platform.web.NotFound;
import haven.secureestate.FieldProblem;
import haven.secureestate.Outcome;
import haven.secureestate.SecureEstate;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.RestraintReason;
import haven.secureestate.force.UseOfForce;
import haven.workforce.Workforce;
import haven.workforce.recruitment.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import haven.secureestate.force.UseOfForceValidation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Recording a use of force end to end: the form, the checks, the record with its SE-03 follow-up and SE-07 state. */
@Controller
@PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'NATIONAL_MONITOR')")
class UseOfForcePages {

    /** What was typed, kept to show the form again with its problems. */
    record UseOfForceForm(String childPersonId, String location, String startedAt, String endedAt, List<String> staffIds,
                          String reason, String deEscalation, List<String> techniqueCodes,
                          String immediateRiskJustification, String bodyWornVideoRef, String healthcareAttendedAt,
                          String childInjury, String staffInjury, boolean reportProhibitedPractice) {
        static UseOfForceForm empty() {
            return new UseOfForceForm("", "", "", "", List.of(), "", "", List.of(), "", "", "", "", "", false);
        }
    }

    private final SecureEstate estate;
    private final Workforce workforce;
    private final EstablishmentAccess access;
    private final Clock clock;

    UseOfForcePages(SecureEstate estate, Workforce workforce, EstablishmentAccess access, Clock clock) {
        this.estate = estate;
        this.workforce = workforce;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/secure-estate/{id}/use-of-force")
    String list(@PathVariable UUID id, Model model) {
        Establishment est = access.require(id);
        var now = clock.instant();
        model.addAttribute("est", est);
        model.addAttribute("uses", estate.usesOfForce(id, now.minus(Duration.ofDays(28)), now.plus(Duration.ofDays(1))));
        model.addAttribute("refs", refs(est));
        return "secureestate/use-of-force-list";
    }

    @GetMapping("/secure-estate/{id}/use-of-force/new")
    String form(@PathVariable UUID id, Model model) {
        return showForm(access.require(id), UseOfForceForm.empty(), List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/use-of-force")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> p,
                  @RequestParam(required = false) List<String> staffIds,
                  @RequestParam(required = false) List<String> techniqueCodes, Model model) {
        Establishment est = access.require(id);
        UseOfForceForm form = new UseOfForceForm(p.get("childPersonId"), p.get("location"), p.get("startedAt"),
                p.get("endedAt"), staffIds == null ? List.of() : staffIds, p.get("reason"), p.get("deEscalation"),
                techniqueCodes == null ? List.of() : techniqueCodes, p.get("immediateRiskJustification"),
                p.get("bodyWornVideoRef"), p.get("healthcareAttendedAt"), p.get("childInjury"), p.get("staffInjury"),
                "true".equals(p.get("reportProhibitedPractice")));
        Forms f = new Forms();
        Long child = f.child(form.childPersonId());
        var startedAt = f.when("startedAt", form.startedAt(), false);
        var endedAt = f.when("endedAt", form.endedAt(), false);
        var healthcare = f.when("healthcareAttendedAt", form.healthcareAttendedAt(), false);
        List<UUID> staff = form.staffIds().stream().map(f::optionalId).filter(java.util.Objects::nonNull).toList();
        RestraintReason reason = form.reason() == null || form.reason().isBlank() ? null
                : f.choice(RestraintReason.class, "reason", form.reason(), "Select the reason for the use of force");
        UseOfForce draft = new UseOfForce(null, est.id(), child, Forms.blankToNull(form.location()), startedAt, endedAt,
                staff, reason, Forms.blankToNull(form.deEscalation()), form.techniqueCodes(),
                Forms.blankToNull(form.immediateRiskJustification()), Forms.blankToNull(form.bodyWornVideoRef()), healthcare,
                Forms.blankToNull(form.childInjury()), Forms.blankToNull(form.staffInjury()));
        if (!f.problems.isEmpty()) {
            // report the unreadable fields together with everything else that is missing
            List<FieldProblem> all = new ArrayList<>(f.problems);
            UseOfForceValidation.validate(draft, estate.techniques(), clock.instant()).stream()
                    .filter(x -> all.stream().noneMatch(y -> y.field().equals(x.field()))).forEach(all::add);
            return showForm(est, form, all, model);
        }
        Outcome outcome = estate.recordUseOfForce(draft, form.reportProhibitedPractice(), CurrentUser.get().username());
        if (outcome instanceof Outcome.Recorded r) {
            return "redirect:/secure-estate/" + est.id() + "/use-of-force/" + r.id() + "?saved";
        }
        return showForm(est, form, Forms.problemsOf(outcome), model);
    }

    @GetMapping("/secure-estate/{id}/use-of-force/{ufId}")
    String view(@PathVariable UUID id, @PathVariable UUID ufId, @RequestParam(required = false) String saved, Model model) {
        return show(access.require(id), ufId, saved != null, List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/use-of-force/{ufId}/child-account")
    String childAccount(@PathVariable UUID id, @PathVariable UUID ufId, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        var at = f.when("childSpokenToAt", p.get("childSpokenToAt"), true);
        Outcome o = f.problems.isEmpty()
                ? estate.recordChildAccount(ufId, at, p.get("childAccount"), p.get("reasonForDelay"), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/use-of-force/" + ufId
                : show(est, ufId, false, Forms.problemsOf(o), model);
    }

    @PostMapping("/secure-estate/{id}/use-of-force/{ufId}/manager-review")
    @PreAuthorize("hasRole('SECURE_MANAGER')")
    String managerReview(@PathVariable UUID id, @PathVariable UUID ufId, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Outcome o = estate.recordManagerReview(ufId, p.get("managerReview"), p.get("reasonForDelay"), CurrentUser.get().username());
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/use-of-force/" + ufId
                : show(est, ufId, false, Forms.problemsOf(o), model);
    }

    private String show(Establishment est, UUID ufId, boolean saved, List<FieldProblem> problems, Model model) {
        var view = estate.useOfForce(ufId).filter(v -> v.record().force().establishmentId().equals(est.id()))
                .orElseThrow(() -> new NotFound("No such use of force"));
        var history = estate.useOfForceHistory(ufId);
        model.addAttribute("est", est);
        model.addAttribute("view", view);
        model.addAttribute("saved", saved);
        model.addAttribute("problems", problems);
        model.addAttribute("history", history);
        model.addAttribute("firstRecordedAt", history.get(0).recordedAt());
        model.addAttribute("childReference", refs(est).getOrDefault(view.record().force().childPersonId(), "Child"));
        model.addAttribute("staffNames", view.record().force().staffIds().stream()
                .map(s -> workforce.staffMember(s).map(StaffMember::displayName).orElse("Unknown staff")).toList());
        return "secureestate/use-of-force";
    }

    private String showForm(Establishment est, UseOfForceForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("est", est);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("children", estate.currentPlacements(est.id()));
        model.addAttribute("staff", workforce.staff(est.id()));
        model.addAttribute("techniques", estate.techniques().all());
        model.addAttribute("reasons", RestraintReason.values());
        return "secureestate/use-of-force-form";
    }

    Map<Long, String> refs(Establishment est) {
        return estate.placements(est.id()).stream()
                .collect(Collectors.toMap(Placement::childPersonId, Placement::childReference, (a, b) -> b));
    }
}
