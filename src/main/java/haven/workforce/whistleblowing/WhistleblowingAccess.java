package haven.workforce.whistleblowing;

import haven.workforce.Decision;

import java.util.Collection;
import java.util.Set;

/** Only the named roles may read whistleblowing reports; everyone else, managers included, is refused. */
public final class WhistleblowingAccess {

    private final Set<String> namedRoles;

    public WhistleblowingAccess(Collection<String> namedRoles) {
        this.namedRoles = Set.copyOf(namedRoles);
    }

    public Decision mayRead(Collection<String> viewerRoles) {
        boolean named = viewerRoles.stream().anyMatch(namedRoles::contains);
        return named ? Decision.allowed()
                : Decision.refused("WHISTLEBLOWING", "role", "Whistleblowing reports are visible only to " + namedRoles);
    }

    public Set<String> namedRoles() {
        return namedRoles;
    }
}
