package haven.protection.web;

import haven.platform.web.Form;
import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.identity.PersonRecordDraft;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import haven.protection.DesignatedOfficerOutcome;
import haven.protection.EndPoliceProtection;
import haven.protection.NameDesignatedOfficer;
import haven.protection.NotificationDuty;
import haven.protection.PlaceOfSafety;
import haven.protection.Protection;
import haven.protection.ProtectionCaseView;
import haven.protection.ProtectionEndKind;
import haven.protection.ProtectionPower;
import haven.protection.RecordDesignatedOfficerDecision;
import haven.protection.RecordNotificationAttempt;
import haven.protection.TakeIntoPoliceProtection;
import haven.platform.rules.Verdict;
import haven.protection.rules.StartPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Police protection pages: record the start, the duties, the designated officer's decision and the end; the register. */
@Controller
@PreAuthorize("hasAnyRole('POLICE_OFFICER','POLICE_SUPERVISOR','CUSTODY_OFFICER','SOCIAL_WORK_MANAGER','NATIONAL_MONITOR')")
class ProtectionPages {

    private final Protection protection;
    private final People people;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Clock clock;

    ProtectionPages(Protection protection, People people, AccessPolicy access, AccessLog accessLog, Clock clock) {
        this.protection = protection;
        this.people = people;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/protection")
    String register(Model model) {
        model.addAttribute("reg", protection.register(200)).addAttribute("places", PlaceOfSafety.values());
        return "protection/register";
    }

    @GetMapping("/protection/new")
    String startForm(Model model) {
        return start(model, Map.of("jurisdiction", "ENGLAND"), List.of());
    }

    private String start(Model model, Map<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("v", values).addAttribute("problems", problems).addAttribute("places", PlaceOfSafety.values())
                .addAttribute("powers", ProtectionPower.values());
        return "protection/new";
    }

    @PostMapping("/protection/new")
    String start(@RequestParam Map<String, String> values, Model model) {
        Form f = new Form(values);
        HavenUser user = CurrentUser.get();
        String given = f.required("givenNames", "Enter the child's given names");
        String family = f.required("familyName", "Enter the child's family name");
        var dob = f.date("dateOfBirth", "Date of birth");
        var c = new TakeIntoPoliceProtection(1, f.text("takenBy"), f.time("takenAt", "Time taken"),
                f.text("whereFound"), f.text("grounds"), f.choice(ProtectionPower.class, "power", "the power used"),
                f.choice(PlaceOfSafety.class, "placeOfSafety", "the place of safety"), f.text("exceptionalReason"),
                f.text("laWhereFound"), f.text("laWhereLives"));
        if (!f.ok()) {
            return start(model, values, f.problems());
        }
        Verdict check = new StartPolicy(clock).check(c);
        if (check instanceof Verdict.Refused r) {
            return start(model, values, List.of(problem(r)));
        }
        long personId;
        try {
            personId = people.register(new PersonRecordDraft(user.agencyId(), "police-protection",
                    "pp-" + clock.instant().toEpochMilli() + "-" + user.id(), given, family, List.of(), dob,
                    haven.identity.Sex.UNKNOWN, null, null, null, null, null, null, false,
                    "Children Act 1989 s46"), user.username(), "taken into police protection").personId();
        } catch (InvalidInput e) {
            return start(model, values, e.problems());
        }
        var withChild = new TakeIntoPoliceProtection(personId, c.takenBy(), c.takenAt(), c.whereFound(), c.grounds(),
                c.power(), c.placeOfSafety(), c.exceptionalReason(), c.laWhereFound(), c.laWhereLives());
        Verdict v = protection.takeIntoPoliceProtection(withChild, f.text("jurisdiction"), user.username());
        if (v instanceof Verdict.Refused r) {
            return start(model, values, List.of(problem(r)));
        }
        access.involve(user.id(), personId, "police protection");
        return "redirect:/protection/" + ((Verdict.Allowed) v).id();
    }

    @GetMapping("/protection/{id}")
    String view(@PathVariable long id, Model model) {
        return page(model, id, Map.of(), List.of(), null);
    }

    private String page(Model model, long id, Map<String, String> values, List<FieldProblem> problems, String form) {
        ProtectionCaseView c = protection.get(id);
        HavenUser user = CurrentUser.get();
        var decision = access.decide(user, c.childPersonId());
        if (!(decision instanceof haven.access.AccessDecision.Allowed) && !access.isInvolved(user, c.childPersonId())) {
            throw new haven.platform.web.Forbidden(decision instanceof haven.access.AccessDecision.Refused ref
                    ? ref.explanation()
                    : "This child's record needs a reason to open: open the person's page first and give it there.");
        }
        accessLog.record(user, c.childPersonId(), AccessAction.VIEW_PERSON, "web", "police protection case", false);
        model.addAttribute("c", c).addAttribute("clocks", protection.clocks(c)).addAttribute("v", values)
                .addAttribute("problems", problems).addAttribute("form", form)
                .addAttribute("duties", NotificationDuty.values()).addAttribute("places", PlaceOfSafety.values())
                .addAttribute("outcomes", DesignatedOfficerOutcome.values())
                .addAttribute("endKinds", ProtectionEndKind.values())
                .addAttribute("childName", people.summaries(List.of(c.childPersonId())).stream().findFirst()
                        .map(PersonMatch::name).orElse("Unknown"));
        return "protection/case";
    }

    @PostMapping("/protection/{id}/{form:attempt|designated-officer|decision|move|end}")
    String submit(@PathVariable long id, @PathVariable String form, @RequestParam Map<String, String> values,
                  Model model) {
        Form f = new Form(values);
        String by = CurrentUser.get().username();
        java.util.function.Supplier<Verdict> action = switch (form) {
            case "attempt" -> {
                var c = new RecordNotificationAttempt(id, f.choice(NotificationDuty.class, "duty", "the duty"),
                        f.text("recipient"), f.time("attemptedAt", "Time"), f.text("attemptedBy"),
                        "yes".equals(f.text("succeeded")), f.text("note"));
                yield () -> protection.recordAttempt(c, by);
            }
            case "designated-officer" -> {
                var c = new NameDesignatedOfficer(id, f.text("officerId"), f.text("officerName"), f.text("rank"),
                        f.time("namedAt", "Time"), by);
                yield () -> protection.nameDesignatedOfficer(c, by);
            }
            case "decision" -> {
                var c = new RecordDesignatedOfficerDecision(id, f.text("decidedBy"), f.time("decidedAt", "Time"),
                        f.text("inquiry"), f.choice(DesignatedOfficerOutcome.class, "outcome", "the decision"),
                        f.text("reasons"));
                yield () -> protection.recordDecision(c, by);
            }
            case "move" -> {
                var place = f.choice(PlaceOfSafety.class, "placeOfSafety", "the place of safety");
                var since = f.time("since", "Time");
                var reason = f.text("exceptionalReason");
                var why = f.text("why");
                yield () -> protection.moveTo(id, place, reason, since, why, by);
            }
            case "end" -> {
                var c = new EndPoliceProtection(id, f.choice(ProtectionEndKind.class, "kind", "how it ended"),
                        f.time("endedAt", "Time"), f.text("endedBy"), f.text("releasedTo"),
                        f.time("epoGrantedAt", "Time the order was granted"), f.yes("epoAppliedByDesignatedOfficer"),
                        f.text("details"));
                yield () -> protection.end(c, by);
            }
            default -> throw new haven.platform.web.NotFound("No such form " + form);
        };
        if (!f.ok()) {
            return page(model, id, values, f.problems(), form);
        }
        Verdict v = action.get();
        if (v instanceof Verdict.Refused r) {
            return page(model, id, values, List.of(problem(r)), form);
        }
        return "redirect:/protection/" + id;
    }

    static FieldProblem problem(Verdict.Refused r) {
        return new FieldProblem(r.field(), r.rule() + ": " + r.reason());
    }
}
