package haven.network.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * A place linked to several children at risk within a time window: how many children,
 * through how many links and events, how many flagged adults, and when it was first and
 * last seen in the window.
 */
public record Hotspot(long locationId, String address, String areaCode, int children, int links, int events,
                      int riskAdults, LocalDate firstSeen, LocalDate lastSeen, List<String> placeFlags) {
    @Override
    public String toString() {
        return "Hotspot[location=" + locationId + ", children=" + children + "]";
    }
}
