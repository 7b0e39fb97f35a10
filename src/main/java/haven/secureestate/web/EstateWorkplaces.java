package haven.secureestate.web;

import haven.secureestate.SecureEstate;
import haven.workforce.Workplaces;
import org.springframework.stereotype.Component;

import java.util.List;

/** Tells the workforce module which establishments exist. */
@Component
class EstateWorkplaces implements Workplaces {

    private final SecureEstate estate;

    EstateWorkplaces(SecureEstate estate) {
        this.estate = estate;
    }

    @Override
    public List<Workplace> all() {
        return estate.establishments().stream()
                .map(e -> new Workplace(e.id(), e.name(), e.agencyCode(), e.jurisdiction())).toList();
    }
}
