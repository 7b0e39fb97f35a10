package haven.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The police protection register: open cases and recent cases (ids only), with the figures inspectors ask for:
 * durations, places of safety, how often a police station was used, cases with no designated officer.
 */
public record ProtectionRegister(List<ProtectionRegister.Row> open, List<ProtectionRegister.Row> recent) {

    public long policeStationUses() {
        return recent.stream().filter(Row::policeStationUsed).count();
    }

    public double averageHours() {
        return recent.stream().mapToDouble(r -> r.duration().toMinutes() / 60.0).average().orElse(0);
    }

    public long withoutDesignatedOfficer() {
        return recent.stream().filter(r -> !r.designatedOfficerNamed()).count();
    }

    public Map<PlaceOfSafety, Long> byPlace() {
        Map<PlaceOfSafety, Long> m = new EnumMap<>(PlaceOfSafety.class);
        for (PlaceOfSafety p : PlaceOfSafety.values()) {
            m.put(p, recent.stream().filter(r -> r.currentPlace() == p).count());
        }
        return m;
    }

    /** One line of the register. */
    public record Row(long caseId, long childPersonId, Instant takenAt, Duration duration, PlaceOfSafety currentPlace,
                      boolean policeStationUsed, boolean designatedOfficerNamed, ProtectionEndKind ended,
                      List<ClockReading> clocks) {

        public boolean overdue() {
            return clocks.stream().anyMatch(ClockReading::overdue);
        }
    }
}
