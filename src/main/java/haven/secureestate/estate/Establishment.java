package haven.secureestate.estate;

import haven.clocks.Jurisdiction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A secure setting, run by the agency {@code agencyCode} (its staff's agency in Haven): its type decides which restraint and separation rules apply, and
 * {@code jurisdiction} picks England or Wales timescales (C-07), and
 * {@code safeguardingPartnership} is the local partnership told of restraint injuries (SE-07).
 */
public record Establishment(UUID id, String agencyCode, String name, EstablishmentType type, Jurisdiction jurisdiction,
                            String safeguardingPartnership, List<Unit> units) {
    public Establishment {
        units = List.copyOf(units);
    }

    public int capacity() {
        return units.stream().mapToInt(Unit::capacity).sum();
    }

    public Optional<Unit> unit(UUID unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }
}
