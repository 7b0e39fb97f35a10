package haven.flags;

import java.time.Instant;
import java.time.LocalDate;

/** A live warning marker. {@code reason} is the detail that only those who may open the record see. */
public record Flag(long id, Long personId, Long locationId, FlagType type, String reason, long ownerAgencyId,
                   String ownerAgencyName, String ownerContact, LocalDate reviewOn, LocalDate expiresOn, String visibility,
                   String raisedBy, Instant raisedAt) {
    public String label() {
        return type.label();
    }

    @Override
    public String toString() {
        return "Flag[id=" + id + ", type=" + type + "]";
    }
}
