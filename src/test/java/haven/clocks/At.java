package haven.clocks;

import java.time.Instant;
import java.time.LocalDateTime;

/** Test shorthand: London wall-clock times as instants. */
public final class At {

    private At() {
    }

    /** {@code london("2025-06-02T10:00")} is 10:00 in London that day, BST or GMT as it was. */
    public static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LondonTime.ZONE).toInstant();
    }

    /** A UTC instant such as {@code "2025-03-30T01:00:00Z"}. */
    public static Instant utc(String instant) {
        return Instant.parse(instant);
    }
}
