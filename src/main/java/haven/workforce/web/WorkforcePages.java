package haven.workforce.web;

import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.access.Role;
import haven.access.Users;
import haven.clocks.Jurisdiction;
import haven.platform.time.LondonTime;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.workforce.Outcome;
import haven.workforce.Workforce;
import haven.workforce.allegations.Allegation;
import haven.workforce.allegations.AllegationCategory;
import haven.workforce.recruitment.StaffMember;
import haven.workforce.whistleblowing.FollowUpReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staff and allegations for an establishment, and the confidential whistleblowing channel. */
@Controller
class WorkforcePages {

    private final Workforce workforce;
    private final EstablishmentNames establishments;
    private final Clock clock;

    WorkforcePages(Workforce workforce, EstablishmentNames establishments, Clock clock) {
        this.workforce = workforce;
        this.establishments = establishments;
        this.clock = clock;
    }

    @GetMapping("/workforce/{id}")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER', 'NATIONAL_MONITOR')")
    String establishment(@PathVariable UUID id, Model model) {
        return page(id, List.of(), model);
    }

    @PostMapping("/workforce/{id}/allegations")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER')")
    String allegation(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model) {
        var est = establishments.require(id);
        List<haven.workforce.FieldProblem> problems = new ArrayList<>();
        Instant received = null;
        try {
            received = LocalDateTime.parse(p.getOrDefault("receivedAt", "")).atZone(LondonTime.ZONE).toInstant();
        } catch (RuntimeException e) {
            problems.add(new haven.workforce.FieldProblem("receivedAt", "Enter when the allegation was received"));
        }
        UUID staff = null;
        try {
            staff = UUID.fromString(p.getOrDefault("staffId", ""));
        } catch (RuntimeException e) {
            problems.add(new haven.workforce.FieldProblem("staffId", "Select the member of staff the allegation is about"));
        }
        AllegationCategory category = null;
        try {
            category = AllegationCategory.valueOf(p.getOrDefault("category", ""));
        } catch (RuntimeException e) {
            problems.add(new haven.workforce.FieldProblem("category", "Select what kind of allegation this is"));
        }
        if (problems.isEmpty()) {
            Outcome o = workforce.recordAllegation(new Allegation(null, staff, id, received, category, p.get("summary"),
                    List.of(), null, null, null, null, null), est.jurisdiction(), CurrentUser.get().username());
            if (o instanceof Outcome.Recorded) {
                return "redirect:/workforce/" + id;
            }
            problems.addAll(problemsOf(o));
        }
        return page(id, problems.stream().map(x -> new FieldProblem(x.field(), x.message())).toList(), model);
    }

    @PostMapping("/workforce/{id}/allegations/{aid}/lado")
    @PreAuthorize("hasAnyRole('SECURE_MANAGER', 'DESIGNATED_OFFICER')")
    String referred(@PathVariable UUID id, @PathVariable UUID aid, @RequestParam(required = false) String ladoReference,
                    @RequestParam(required = false) String reasonForDelay, Model model) {
        establishments.require(id);
        Outcome o = workforce.referToLado(aid, clock.instant(), ladoReference, reasonForDelay, CurrentUser.get().username());
        if (o instanceof Outcome.Recorded) {
            return "redirect:/workforce/" + id;
        }
        return page(id, problemsOf(o).stream().map(x -> new FieldProblem(x.field(), x.message())).toList(), model);
    }

    private String page(UUID id, List<FieldProblem> problems, Model model) {
        var est = establishments.require(id);
        List<StaffMember> staff = workforce.staff(id);
        model.addAttribute("est", est);
        model.addAttribute("problems", problems);
        model.addAttribute("staff", staff);
        model.addAttribute("names", staff.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName)));
        model.addAttribute("allegations", workforce.allegations(id, est.jurisdiction()));
        model.addAttribute("categories", AllegationCategory.values());
        return "workforce/establishment";
    }

    // ---- whistleblowing ----

    @GetMapping("/whistleblowing")
    String whistleblowing(Model model) {
        return concernPage(null, null, List.of(), model);
    }

    @PostMapping("/whistleblowing")
    String raise(@RequestParam(required = false) String establishmentId, @RequestParam(required = false) String concern, Model model) {
        UUID est = null;
        try {
            est = establishmentId == null || establishmentId.isBlank() ? null : UUID.fromString(establishmentId);
        } catch (IllegalArgumentException ignored) {
            // an unreadable choice is treated as "not saying"
        }
        var ref = workforce.raiseConcern(est, concern);
        if (ref.isEmpty()) {
            return concernPage(null, null, List.of(new FieldProblem("concern", "Describe your concern")), model);
        }
        return concernPage(ref.get().value(), null, List.of(), model);
    }

    @PostMapping("/whistleblowing/follow-up")
    String followUp(@RequestParam(required = false) String reference, Model model) {
        var thread = workforce.followUp(FollowUpReference.parse(reference));
        if (thread.isEmpty()) {
            return concernPage(null, null, List.of(new FieldProblem("followUpReference", "No concern has that reference")), model);
        }
        return concernPage(null, thread.get(), List.of(), model);
    }

    private String concernPage(String reference, Object thread, List<FieldProblem> problems, Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("thread", thread);
        model.addAttribute("problems", problems);
        model.addAttribute("establishments", establishments.all());
        return "workforce/whistleblowing";
    }

    @GetMapping("/workforce/concerns")
    String concerns(Model model) {
        Set<String> roles = roles(CurrentUser.get());
        if (!workforce.mayReadConcerns(roles).isAllowed()) {
            throw new Forbidden("Whistleblowing concerns are visible only to the named roles.");
        }
        model.addAttribute("concerns", workforce.concerns(roles));
        model.addAttribute("names", establishments.all().stream().collect(Collectors.toMap(e -> e.id(), e -> e.name())));
        return "workforce/concerns";
    }

    @PostMapping("/workforce/concerns/{id}/respond")
    String respond(@PathVariable UUID id, @RequestParam(required = false) String response,
                   @RequestParam(required = false) String status) {
        HavenUser user = CurrentUser.get();
        Outcome o = workforce.respondToConcern(id, response, status, user.primaryRole().name(), roles(user));
        if (o instanceof Outcome.Refused) {
            throw new Forbidden("Whistleblowing concerns are visible only to the named roles.");
        }
        return "redirect:/workforce/concerns";
    }

    private static Set<String> roles(HavenUser user) {
        return user.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private static List<haven.workforce.FieldProblem> problemsOf(Outcome o) {
        if (o instanceof Outcome.Invalid i) {
            return i.problems();
        }
        if (o instanceof Outcome.Refused r) {
            return List.of(new haven.workforce.FieldProblem(r.field(), r.reason() + " (" + r.ruleId() + ")"));
        }
        return List.of();
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        haven.platform.web.NavigationItem raiseAConcern() {
            return new haven.platform.web.NavigationItem("Raise a concern", "/whistleblowing", 90, Set.of());
        }

        @Bean
        haven.platform.web.NavigationItem concernsInbox() {
            return new haven.platform.web.NavigationItem("Whistleblowing concerns", "/workforce/concerns", 91,
                    Set.of("DESIGNATED_OFFICER", "NATIONAL_MONITOR"));
        }
    }

}
