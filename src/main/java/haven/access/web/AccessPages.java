package haven.access.web;

import haven.access.BreakGlassReviews;
import haven.access.CurrentUser;
import haven.access.Role;
import haven.platform.web.FieldProblem;
import haven.platform.web.HomePanel;
import haven.platform.web.InvalidInput;
import haven.platform.web.NavigationItem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's queue of break-glass views to review. */
@Controller
class AccessPages {
    static final Set<String> SUPERVISORS = Role.SUPERVISORS.stream().map(Enum::name).collect(Collectors.toSet());
    private final BreakGlassReviews reviews;

    AccessPages(BreakGlassReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/access/reviews")
    @PreAuthorize("hasAnyRole('SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR', 'SECURE_MANAGER')")
    String queue(Model model) {
        model.addAttribute("pending", reviews.pendingFor(CurrentUser.get())).addAttribute("problems", List.of());
        return "access/reviews";
    }

    @PostMapping("/access/reviews/{id}")
    @PreAuthorize("hasAnyRole('SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR', 'SECURE_MANAGER')")
    String review(@PathVariable long id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String note, Model model) {
        try {
            if (outcome == null) {
                throw new InvalidInput("outcome-" + id, "Choose whether the view was justified");
            }
            reviews.review(CurrentUser.get(), id, "JUSTIFIED".equals(outcome), note);
            return "redirect:/access/reviews";
        } catch (InvalidInput e) {
            List<FieldProblem> problems = e.problems().stream()
                    .map(p -> p.field().equals("note") ? new FieldProblem("note-" + id, p.message()) : p).toList();
            model.addAttribute("pending", reviews.pendingFor(CurrentUser.get())).addAttribute("problems", problems);
            return "access/reviews";
        }
    }

    @Bean
    static NavigationItem reviewNavigation() {
        return new NavigationItem("Views to review", "/access/reviews", 90, SUPERVISORS);
    }

    @Bean
    static HomePanel reviewPanel(BreakGlassReviews reviews, haven.access.Users users) {
        return new HomePanel() {
            public Set<String> roles() {
                return SUPERVISORS;
            }

            public int order() {
                return 90;
            }

            public String template() {
                return "access/panel-reviews";
            }

            public Map<String, Object> model(long userId) {
                return Map.of("count", users.byId(userId).map(reviews::pendingCount).orElse(0L));
            }
        };
    }
}
