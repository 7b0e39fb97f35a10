package haven.workforce.web;

import haven.access.CurrentUser;
import haven.access.Role;
import haven.platform.web.Forbidden;
import haven.platform.web.NotFound;
import haven.workforce.Workplaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The establishments staff work in, from whichever module provides {@link Workplaces}. Only the establishment's own
 * agency, the LADO and the national monitor may open its staff pages.
 */
@Component
class EstablishmentNames {

    private final ObjectProvider<Workplaces> workplaces;

    EstablishmentNames(ObjectProvider<Workplaces> workplaces) {
        this.workplaces = workplaces;
    }

    List<Workplaces.Workplace> all() {
        Workplaces w = workplaces.getIfAvailable();
        return w == null ? List.of() : w.all();
    }

    Workplaces.Workplace require(UUID id) {
        Workplaces.Workplace e = all().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("No such establishment"));
        var user = CurrentUser.get();
        if (!(user.has(Role.NATIONAL_MONITOR) || user.has(Role.DESIGNATED_OFFICER) || e.agencyCode().equals(user.agencyCode()))) {
            throw new Forbidden("Only the establishment's managers, the LADO and the national monitor see its staff records.");
        }
        return e;
    }
}
