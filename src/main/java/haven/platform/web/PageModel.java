package haven.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what the layout needs to every page: the navigation the user may see and who they are. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
    private final List<NavigationItem> navigation;

    PageModel(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Set<String> roles = currentRoles();
        return navigation.stream()
                .filter(n -> n.roles().isEmpty() || n.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
    }

    static Set<String> currentRoles() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).collect(Collectors.toSet());
    }
}
