package haven.secureestate.web;

import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.access.Role;
import haven.platform.web.Forbidden;
import haven.platform.web.NotFound;
import haven.secureestate.SecureEstate;
import haven.secureestate.estate.Establishment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Who may see which establishment: its own staff (their agency runs it) and the national monitor, who sees all.
 * Every secure-estate page and API call goes through here.
 */
@Component
public class EstablishmentAccess {

    private final SecureEstate estate;

    EstablishmentAccess(SecureEstate estate) {
        this.estate = estate;
    }

    public Establishment require(UUID id) {
        Establishment e = estate.establishment(id).orElseThrow(() -> new NotFound("No such establishment"));
        HavenUser user = CurrentUser.get();
        if (!mayView(user, e)) {
            throw new Forbidden("Only " + e.name() + "'s own staff and the national monitor can see its records.");
        }
        return e;
    }

    public List<Establishment> visible() {
        HavenUser user = CurrentUser.get();
        return estate.establishments().stream().filter(e -> mayView(user, e)).toList();
    }

    static boolean mayView(HavenUser user, Establishment e) {
        return user.has(Role.NATIONAL_MONITOR) || e.agencyCode().equals(user.agencyCode());
    }
}
