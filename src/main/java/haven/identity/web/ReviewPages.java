package haven.identity.web;

import haven.access.CurrentUser;
import haven.access.Role;
import haven.identity.Linkage;
import haven.identity.MatchReview;
import haven.identity.ReviewDecision;
import haven.platform.web.HomePanel;
import haven.platform.web.InvalidInput;
import haven.platform.web.NavigationItem;
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

/** The review queue: pairs of records the matcher could not decide, for a person to decide side by side. */
@Controller
class ReviewPages {
    static final Set<String> REVIEWERS = Set.of(Role.HUB_WORKER.name(), Role.SOCIAL_WORK_MANAGER.name(),
            Role.POLICE_SUPERVISOR.name());
    private final Linkage linkage;
    private final MergeHistory merges;
    private final org.springframework.beans.factory.ObjectProvider<haven.identity.HomeAddresses> homes;

    ReviewPages(Linkage linkage, MergeHistory merges,
                org.springframework.beans.factory.ObjectProvider<haven.identity.HomeAddresses> homes) {
        this.linkage = linkage;
        this.merges = merges;
        this.homes = homes;
    }

    @GetMapping("/identity/reviews")
    @PreAuthorize("hasAnyRole('HUB_WORKER', 'SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR')")
    String queue(Model model) {
        model.addAttribute("reviews", linkage.waiting(100)).addAttribute("total", linkage.waitingCount());
        return "identity/reviews";
    }

    @GetMapping("/identity/reviews/{id}")
    @PreAuthorize("hasAnyRole('HUB_WORKER', 'SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR')")
    String pair(@PathVariable long id, Model model) {
        return show(linkage.open(CurrentUser.get(), id), List.of(), model);
    }

    @PostMapping("/identity/reviews/{id}")
    @PreAuthorize("hasAnyRole('HUB_WORKER', 'SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR')")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model) {
        try {
            ReviewDecision d = decision == null ? null : parse(decision);
            linkage.decide(CurrentUser.get(), id, d, reason);
            return "redirect:/identity/reviews?decided=" + id;
        } catch (InvalidInput e) {
            model.addAttribute("reason", reason).addAttribute("decision", decision);
            return show(linkage.open(CurrentUser.get(), id), e.problems(), model);
        }
    }

    /** A home on one line, as the reviewer compares them; "Not recorded" when the record's agency gave none. */
    private static String line(haven.identity.HomeAddresses.Home h) {
        if (h == null) {
            return "Not recorded";
        }
        return java.util.stream.Stream.of(h.addressLine(), h.town(), h.postcode())
                .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static ReviewDecision parse(String decision) {
        try {
            return ReviewDecision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("decision", "Choose one of the three decisions");
        }
    }

    private String show(MatchReview review, List<?> problems, Model model) {
        var answer = homes.getIfAvailable();
        var home = answer == null ? java.util.Map.<Long, haven.identity.HomeAddresses.Home>of()
                : answer.currentHomes(List.of(review.left().id(), review.right().id()));
        model.addAttribute("leftHome", line(home.get(review.left().id())))
                .addAttribute("rightHome", line(home.get(review.right().id())));
        model.addAttribute("review", review).addAttribute("problems", problems)
                .addAttribute("decisions", ReviewDecision.values())
                .addAttribute("merge", review.status() == MatchReview.ReviewStatus.SAME
                        ? merges.causedByReview(review.id()).orElse(null) : null);
        return "identity/review";
    }

    @Bean
    static NavigationItem identityReviewNavigation() {
        return new NavigationItem("Records to match", "/identity/reviews", 80, REVIEWERS);
    }

    @Bean
    static HomePanel identityReviewPanel(Linkage linkage) {
        return new HomePanel() {
            public Set<String> roles() {
                return REVIEWERS;
            }

            public int order() {
                return 80;
            }

            public String template() {
                return "identity/panel-reviews";
            }

            public Map<String, Object> model(long userId) {
                return Map.of("count", linkage.waitingCount());
            }
        };
    }
}
