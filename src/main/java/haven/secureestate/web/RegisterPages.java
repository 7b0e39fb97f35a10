package haven.secureestate.web;

import haven.access.CurrentUser;
import haven.clocks.Rules;
import haven.platform.time.LondonTime;
import haven.platform.web.NotFound;
import haven.secureestate.FieldProblem;
import haven.secureestate.Outcome;
import haven.secureestate.SecureEstate;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.estate.Unit;
import haven.secureestate.health.AppointmentOutcome;
import haven.secureestate.health.DoseOutcome;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.oversight.OversightService;
import haven.secureestate.regime.Movement;
import haven.secureestate.regime.MovementKind;
import haven.secureestate.searches.Search;
import haven.secureestate.searches.SearchKind;
import haven.secureestate.separation.AuthorityLevel;
import haven.secureestate.separation.Observation;
import haven.secureestate.separation.SeparationAuthority;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.staffing.Shift;
import haven.secureestate.staffing.ShiftStaffing;
import haven.workforce.Workforce;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The registers behind the dashboard: searches, separations, time out of room, staffing and health. */
@Controller
@PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'NATIONAL_MONITOR')")
class RegisterPages {

    /** A separation with what the rules say about it. */
    record SeparationRow(SeparationEpisode episode, List<haven.secureestate.separation.SeparationBreach> breaches) {
    }

    private final SecureEstate estate;
    private final Workforce workforce;
    private final OversightService oversight;
    private final EstablishmentAccess access;
    private final Clock clock;
    private final Rules rules;

    RegisterPages(SecureEstate estate, Workforce workforce, OversightService oversight, EstablishmentAccess access,
                  Clock clock, ObjectProvider<Rules> rules) {
        this.estate = estate;
        this.workforce = workforce;
        this.oversight = oversight;
        this.access = access;
        this.clock = clock;
        this.rules = rules.getIfAvailable(Rules::standard);
    }

    // ---- searches ----

    @GetMapping("/secure-estate/{id}/searches")
    String searches(@PathVariable UUID id, Model model) {
        return searchesPage(access.require(id), Map.of(), List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/searches")
    String recordSearch(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Long child = f.child(p.get("childPersonId"));
        SearchKind kind = p.get("kind") == null ? null : f.choice(SearchKind.class, "kind", p.get("kind"), "Select the kind of search");
        Instant at = f.when("conductedAt", p.get("conductedAt"), true);
        List<UUID> present = new ArrayList<>();
        for (String k : List.of("presentStaff1", "presentStaff2")) {
            UUID s = f.optionalId(p.get(k));
            if (s != null && !present.contains(s)) {
                present.add(s);
            }
        }
        Search s = new Search(null, est.id(), child, kind, at, Forms.blankToNull(p.get("riskAssessment")),
                f.optionalId(p.get("authorisingManagerId")), Forms.blankToNull(p.get("reason")),
                Forms.blankToNull(p.get("found")), present);
        Outcome o = f.problems.isEmpty() ? estate.recordSearch(s, CurrentUser.get().username()) : merge(f, estate.recordSearch(withoutTime(s), "-"));
        if (o instanceof Outcome.Recorded) {
            return "redirect:/secure-estate/" + id + "/searches";
        }
        return searchesPage(est, p, Forms.problemsOf(o), model);
    }

    /** A copy that can never be saved (no time), used only to list every missing field alongside unreadable ones. */
    private static Search withoutTime(Search s) {
        return new Search(s.id(), s.establishmentId(), s.childPersonId(), s.kind(), null, s.riskAssessment(),
                s.authorisingManagerId(), s.reason(), s.found(), s.presentStaffIds());
    }

    private String searchesPage(Establishment est, Map<String, String> form, List<FieldProblem> problems, Model model) {
        Instant now = clock.instant();
        common(est, model, problems);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("searches", estate.searches(est.id(), now.minus(Duration.ofDays(28)), now.plus(Duration.ofDays(1))));
        return "secureestate/searches";
    }

    // ---- separations ----

    @GetMapping("/secure-estate/{id}/separations")
    String separations(@PathVariable UUID id, Model model) {
        return separationsPage(access.require(id), Map.of(), List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/separations")
    String startSeparation(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Long child = f.child(p.get("childPersonId"));
        Instant start = f.when("startedAt", p.get("startedAt"), true);
        Instant end = f.when("endedAt", p.get("endedAt"), false);
        Instant written = f.when("reasonsGivenInWritingAt", p.get("reasonsGivenInWritingAt"), false);
        UUID by = f.optionalId(p.get("authorisedBy"));
        if (!f.problems.isEmpty()) {
            return separationsPage(est, p, f.problems, model);
        }
        Outcome o = estate.recordSeparation(new SeparationEpisode(null, est.id(), child, start, end,
                Forms.blankToNull(p.get("reason")), Forms.blankToNull(p.get("otherMethodsTried")), by, written,
                List.of(), List.of()), CurrentUser.get().username());
        if (o instanceof Outcome.Recorded r) {
            return "redirect:/secure-estate/" + id + "/separations/" + r.id();
        }
        return separationsPage(est, p, Forms.problemsOf(o), model);
    }

    @GetMapping("/secure-estate/{id}/separations/{sid}")
    String separation(@PathVariable UUID id, @PathVariable UUID sid, Model model) {
        return separationPage(access.require(id), sid, List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/separations/{sid}/observations")
    String observe(@PathVariable UUID id, @PathVariable UUID sid, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Instant at = f.when("observedAt", p.get("observedAt"), true);
        UUID staff = f.id("staffId", p.get("staffId"), "Select who made the observation");
        Outcome o = f.problems.isEmpty()
                ? estate.addObservation(sid, new Observation(at, staff, Forms.blankToNull(p.get("note"))), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/separations/" + sid
                : separationPage(est, sid, Forms.problemsOf(o), model);
    }

    @PostMapping("/secure-estate/{id}/separations/{sid}/end")
    String end(@PathVariable UUID id, @PathVariable UUID sid, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Instant at = f.when("endedAt", p.get("endedAt"), true);
        Outcome o = f.problems.isEmpty() ? estate.endSeparation(sid, at, CurrentUser.get().username()) : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/separations/" + sid
                : separationPage(est, sid, Forms.problemsOf(o), model);
    }

    @PostMapping("/secure-estate/{id}/separations/{sid}/authority")
    @PreAuthorize("hasRole('SECURE_MANAGER')")
    String authority(@PathVariable UUID id, @PathVariable UUID sid, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Instant granted = f.when("grantedAt", p.get("grantedAt"), true);
        Instant until = f.when("validUntil", p.get("validUntil"), true);
        AuthorityLevel level = f.choice(AuthorityLevel.class, "level", p.get("level"), "Select who granted the authority");
        UUID by = f.id("grantedBy", p.get("grantedBy"), "Select who granted the authority");
        Outcome o = f.problems.isEmpty()
                ? estate.grantAuthority(sid, new SeparationAuthority(granted, until, level, by), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/separations/" + sid
                : separationPage(est, sid, Forms.problemsOf(o), model);
    }

    private String separationsPage(Establishment est, Map<String, String> form, List<FieldProblem> problems, Model model) {
        Instant now = clock.instant();
        common(est, model, problems);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("rows", estate.separations(est.id(), now.minus(Duration.ofDays(28)), now.plus(Duration.ofDays(1)))
                .stream().sorted(java.util.Comparator.comparing(SeparationEpisode::startedAt).reversed())
                .map(s -> new SeparationRow(s, estate.breaches(est, s))).toList());
        return "secureestate/separations";
    }

    private String separationPage(Establishment est, UUID sid, List<FieldProblem> problems, Model model) {
        SeparationEpisode e = estate.separation(sid).filter(s -> s.establishmentId().equals(est.id()))
                .orElseThrow(() -> new NotFound("No such separation"));
        common(est, model, problems);
        model.addAttribute("episode", e);
        model.addAttribute("breaches", estate.breaches(est, e));
        model.addAttribute("childReference", refs(est).getOrDefault(e.childPersonId(), "child"));
        Instant last = e.observations().isEmpty() ? e.startedAt() : e.observations().get(e.observations().size() - 1).at();
        model.addAttribute("nextObservationDue", e.isOpen() ? rules.separationLimits().nextObservationDue(last) : null); // SE-04
        return "secureestate/separation";
    }

    // ---- time out of room (SE-08) ----

    @GetMapping("/secure-estate/{id}/time-out-of-room")
    String timeOutOfRoom(@PathVariable UUID id, @RequestParam(required = false) String day, Model model) {
        Establishment est = access.require(id);
        LocalDate d = LocalDate.now(clock.withZone(LondonTime.ZONE)).minusDays(1);
        if (day != null && !day.isBlank()) {
            Forms f = new Forms();
            LocalDate parsed = f.day("day", day);
            d = parsed == null ? d : parsed;
        }
        return timePage(est, d, List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/movements")
    String movement(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Long child = f.child(p.get("childPersonId"));
        Instant at = f.when("at", p.get("at"), true);
        MovementKind kind = f.choice(MovementKind.class, "kind", p.get("kind"), "Select whether the child left or returned to their room");
        if (child == null) {
            f.problems.add(new FieldProblem("childPersonId", "Select the child"));
        }
        Outcome o = f.problems.isEmpty()
                ? estate.recordMovement(est.id(), new Movement(child, at, kind, Forms.blankToNull(p.get("activity"))), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        LocalDate day = at == null ? LocalDate.now(clock.withZone(LondonTime.ZONE)) : LocalDate.ofInstant(at, LondonTime.ZONE);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/time-out-of-room?day=" + day
                : timePage(est, day, Forms.problemsOf(o), model);
    }

    private String timePage(Establishment est, LocalDate day, List<FieldProblem> problems, Model model) {
        common(est, model, problems);
        model.addAttribute("day", day);
        model.addAttribute("days", oversight.timeOutOfRoom(est, day));
        return "secureestate/time-out-of-room";
    }

    // ---- staffing ----

    @GetMapping("/secure-estate/{id}/staffing")
    String staffing(@PathVariable UUID id, Model model) {
        return staffingPage(access.require(id), List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/staffing")
    String recordShift(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        UUID unit = f.id("unitId", p.get("unitId"), "Select a unit");
        LocalDate day = f.day("shiftDay", p.get("shiftDay") == null ? "" : p.get("shiftDay"));
        Shift shift = f.choice(Shift.class, "shift", p.get("shift"), "Select the shift");
        int planned = f.count("planned", p.get("planned"));
        int actual = f.count("actual", p.get("actual"));
        int children = f.count("children", p.get("children"));
        Outcome o = f.problems.isEmpty()
                ? estate.recordStaffing(est.id(), new ShiftStaffing(unit, day, shift, planned, actual, children), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/staffing" : staffingPage(est, Forms.problemsOf(o), model);
    }

    private String staffingPage(Establishment est, List<FieldProblem> problems, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        common(est, model, problems);
        List<ShiftStaffing> shifts = new ArrayList<>(estate.staffing(est.id(), today.minusDays(7), today.plusDays(1)));
        java.util.Collections.reverse(shifts);
        model.addAttribute("shifts", shifts);
        model.addAttribute("units", est.units().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
        return "secureestate/staffing";
    }

    // ---- health ----

    @GetMapping("/secure-estate/{id}/health")
    String health(@PathVariable UUID id, Model model) {
        return healthPage(access.require(id), List.of(), model);
    }

    @PostMapping("/secure-estate/{id}/health/doses")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD')")
    String dose(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Long child = f.child(p.get("childPersonId"));
        Instant due = f.when("scheduledAt", p.get("scheduledAt"), true);
        DoseOutcome outcome = f.choice(DoseOutcome.class, "outcome", p.get("outcome"), "Select the outcome");
        Outcome o = f.problems.isEmpty()
                ? estate.recordDose(new MedicationDose(null, est.id(), child, Forms.blankToNull(p.get("medicine")), due, outcome,
                        clock.instant(), Forms.blankToNull(p.get("reason"))), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/health" : healthPage(est, Forms.problemsOf(o), model);
    }

    @PostMapping("/secure-estate/{id}/health/appointments")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD')")
    String appointment(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        Establishment est = access.require(id);
        Forms f = new Forms();
        Long child = f.child(p.get("childPersonId"));
        Instant when = f.when("scheduledAt", p.get("scheduledAt"), true);
        AppointmentOutcome outcome = f.choice(AppointmentOutcome.class, "outcome", p.get("outcome"), "Select the outcome");
        Outcome o = f.problems.isEmpty()
                ? estate.recordAppointment(new MedicalAppointment(null, est.id(), child, Forms.blankToNull(p.get("service")), when,
                        outcome, Forms.blankToNull(p.get("reason"))), CurrentUser.get().username())
                : new Outcome.Invalid(f.problems);
        return o instanceof Outcome.Recorded ? "redirect:/secure-estate/" + id + "/health" : healthPage(est, Forms.problemsOf(o), model);
    }

    private String healthPage(Establishment est, List<FieldProblem> problems, Model model) {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(14));
        common(est, model, problems);
        model.addAttribute("doses", estate.doses(est.id(), from, now.plus(Duration.ofDays(1))).stream()
                .filter(d -> d.outcome() != DoseOutcome.GIVEN).toList());
        model.addAttribute("appointments", estate.appointments(est.id(), from, now.plus(Duration.ofDays(1))).stream()
                .filter(a -> a.outcome() != AppointmentOutcome.ATTENDED).toList());
        return "secureestate/health";
    }

    // ---- shared ----

    private void common(Establishment est, Model model, List<FieldProblem> problems) {
        model.addAttribute("est", est);
        model.addAttribute("problems", problems);
        model.addAttribute("children", estate.currentPlacements(est.id()));
        model.addAttribute("staff", workforce.staff(est.id()));
        model.addAttribute("refs", refs(est));
    }

    private Map<Long, String> refs(Establishment est) {
        return estate.placements(est.id()).stream()
                .collect(Collectors.toMap(Placement::childPersonId, Placement::childReference, (a, b) -> b));
    }

    private static Outcome merge(Forms f, Outcome rest) {
        List<FieldProblem> all = new ArrayList<>(f.problems);
        Forms.problemsOf(rest).stream().filter(x -> all.stream().noneMatch(y -> Objects.equals(y.field(), x.field())))
                .forEach(all::add);
        return new Outcome.Invalid(all);
    }
}
