package haven.access;

import haven.access.internal.SignedIn;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff (or agency system) making the current request. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<HavenUser> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public static HavenUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
