package haven.platform.web;

import java.util.Set;

/**
 * A link in the service navigation, contributed as a bean by the module that owns the page.
 *
 * @param roles the role names (as in {@code haven.access.Role}) that see the link; empty for everyone
 */
public record NavigationItem(String label, String href, int order, Set<String> roles) {
}
