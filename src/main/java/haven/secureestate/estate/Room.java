package haven.secureestate.estate;

import java.util.UUID;

/** A bedroom on a unit; {@code beds} is its share of the establishment's capacity. */
public record Room(UUID id, String name, int beds) {
    public Room {
        if (beds < 0) {
            throw new IllegalArgumentException("beds must not be negative");
        }
    }
}
