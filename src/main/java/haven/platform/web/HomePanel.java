package haven.platform.web;

import java.util.Map;
import java.util.Set;

/**
 * A panel on a user's home page showing their own work, contributed by a module.
 * {@code template} names a Thymeleaf template whose fragment {@code panel} renders {@code model}.
 */
public interface HomePanel {

    /** Role names that see this panel; empty for everyone. */
    Set<String> roles();

    int order();

    String template();

    /** The panel's data for the signed-in user ({@code userId}, as in {@code haven.access.HavenUser}). */
    Map<String, Object> model(long userId);
}
