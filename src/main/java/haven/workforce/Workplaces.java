package haven.workforce;

import haven.clocks.Jurisdiction;

import java.util.List;
import java.util.UUID;

/**
 * Where staff work. Implemented by the module that owns establishments (the secure estate), so workforce never
 * reads another module's tables and does not depend on it.
 */
public interface Workplaces {

    /** An establishment as the workforce pages need it. */
    record Workplace(UUID id, String name, String agencyCode, Jurisdiction jurisdiction) {
    }

    List<Workplace> all();
}
