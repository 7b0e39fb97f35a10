package haven.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, the home page made of each module's panels, and the "not allowed" page. */
@Controller
class HomeController {
    private final List<HomePanel> panels;
    private final UserIdLookup userIds;

    HomeController(List<HomePanel> panels, UserIdLookup userIds) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
        this.userIds = userIds;
    }

    /** One panel ready to render. */
    public record RenderedPanel(String template, Map<String, Object> model) {
    }

    @GetMapping("/sign-in")
    String signIn(Model model, @org.springframework.beans.factory.annotation.Value("${haven.oidc.registration-id:}") String oidc,
                  @org.springframework.beans.factory.annotation.Value("${haven.oidc.label:Sign in with your organisation's account}") String label) {
        model.addAttribute("oidcRegistration", oidc.isBlank() ? null : oidc).addAttribute("oidcLabel", label);
        return "sign-in";
    }

    @GetMapping("/")
    String home(Model model) {
        Set<String> roles = PageModel.currentRoles();
        long userId = userIds.currentUserId();
        model.addAttribute("panels", panels.stream()
                .filter(p -> p.roles().isEmpty() || p.roles().stream().anyMatch(roles::contains))
                .map(p -> new RenderedPanel(p.template(), p.model(userId)))
                .toList());
        model.addAttribute("username", SecurityContextHolder.getContext().getAuthentication().getName());
        return "home";
    }

    @GetMapping("/forbidden")
    String forbidden(Model model) {
        model.addAttribute("message", "Your role may not use this page.");
        return "error/forbidden";
    }
}
