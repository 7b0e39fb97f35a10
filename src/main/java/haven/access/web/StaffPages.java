package haven.access.web;

import haven.access.CurrentUser;
import haven.access.Role;
import haven.access.StaffAdministration;
import haven.access.Users;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import haven.platform.web.NavigationItem;
import haven.platform.web.NotFound;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's pages for staff accounts: list, add, change roles, disable, unlock, reset a password. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class StaffPages {
    /** Roles an administrator may give a member of staff (agency systems get tokens instead). */
    static final List<Role> STAFF_ROLES = Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_CLIENT).toList();

    private final StaffAdministration staff;
    private final Users users;

    StaffPages(StaffAdministration staff, Users users) {
        this.staff = staff;
        this.users = users;
    }

    @GetMapping("/admin/staff")
    String list(@RequestParam(required = false) String agency, Model model) {
        String code = agency == null || agency.isBlank() ? null : agency;
        model.addAttribute("accounts", staff.accounts(code)).addAttribute("agencies", users.agencies())
                .addAttribute("agency", code);
        return "access/staff";
    }

    @GetMapping("/admin/staff/new")
    String newForm(Model model) {
        return newPage(model, Map.of(), Set.of(), List.of());
    }

    @PostMapping("/admin/staff")
    String add(@RequestParam Map<String, String> form, @RequestParam(name = "roles", required = false) List<String> roles,
               Model model) {
        Set<Role> chosen = roles(roles);
        try {
            long id = staff.add(CurrentUser.get(), new StaffAdministration.NewStaff(form.get("username"),
                    form.get("displayName"), form.get("agency"), form.get("team"), chosen, form.get("supervisor"),
                    form.get("password"), form.get("reason")));
            return "redirect:/admin/staff/" + id + "?done=added";
        } catch (InvalidInput e) {
            var values = new HashMap<>(form);
            values.remove("password");
            return newPage(model, values, chosen, e.problems());
        }
    }

    private String newPage(Model model, Map<String, String> values, Set<Role> chosen, List<FieldProblem> problems) {
        model.addAttribute("v", values).addAttribute("chosen", chosen).addAttribute("problems", problems)
                .addAttribute("roles", STAFF_ROLES).addAttribute("agencies", users.agencies());
        return "access/staff-new";
    }

    @GetMapping("/admin/staff/{id}")
    String account(@PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return accountPage(id, model, done, List.of(), null);
    }

    @PostMapping("/admin/staff/{id}/roles")
    String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<String> roles,
                       @RequestParam(required = false) String reason, Model model) {
        return act(id, model, "roles", () -> staff.changeRoles(CurrentUser.get(), id, roles(roles), reason));
    }

    @PostMapping("/admin/staff/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam(required = false) String reason,
                      Model model) {
        return act(id, model, enabled ? "enabled" : "disabled", () -> staff.setEnabled(CurrentUser.get(), id, enabled, reason));
    }

    @PostMapping("/admin/staff/{id}/unlock")
    String unlock(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        return act(id, model, "unlocked", () -> staff.unlock(CurrentUser.get(), id, reason));
    }

    @PostMapping("/admin/staff/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
                         @RequestParam(required = false) String reason, Model model) {
        return act(id, model, "password", () -> staff.resetPassword(CurrentUser.get(), id, password, reason));
    }

    /** Runs one change; on bad input shows the account again with the problems against the form that was sent. */
    private String act(long id, Model model, String done, Runnable change) {
        try {
            change.run();
            return "redirect:/admin/staff/" + id + "?done=" + done;
        } catch (InvalidInput e) {
            return accountPage(id, model, null, e.problems(), done);
        }
    }

    private String accountPage(long id, Model model, String done, List<FieldProblem> problems, String failedForm) {
        var account = staff.account(id).orElseThrow(() -> new NotFound("There is no member of staff " + id + "."));
        String prefix = failedForm == null ? "" : formOf(failedForm) + "-";
        model.addAttribute("account", account).addAttribute("changes", staff.changesOf(id))
                .addAttribute("roles", STAFF_ROLES).addAttribute("done", done)
                .addAttribute("problems", problems.stream().map(p -> new FieldProblem(prefix + p.field(), p.message())).toList())
                .addAttribute("v", Map.of());
        return "access/staff-account";
    }

    /** Each form on the account page names its fields with its own prefix, so an error points at the right one. */
    private static String formOf(String done) {
        return switch (done) {
            case "enabled", "disabled" -> "status";
            case "unlocked" -> "unlock";
            default -> done;
        };
    }

    /** The roles ticked; a name that is not a role (only a hand-made request sends one) is left out. */
    private static Set<Role> roles(List<String> names) {
        var out = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.stream().filter(n -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(n)))
                    .map(Role::valueOf).forEach(out::add);
        }
        return out;
    }

    @Bean
    static NavigationItem staffNavigation() {
        return new NavigationItem("Staff", "/admin/staff", 95, Set.of(Role.ADMINISTRATOR.name()));
    }
}
