package haven.network;

import java.time.Instant;

/** One event in a person's chronology, with the agency that recorded it and the person's role. */
public record ChronologyEntry(long eventId, String type, Instant occurredAt, Instant endedAt, String agencyName,
                              String agencyType, String role, String summary, boolean restricted, Long locationId,
                              String location, String sourceSystem, String recordedBy, Instant recordedAt) {
    @Override
    public String toString() {
        return "ChronologyEntry[event=" + eventId + "]";
    }
}
