package haven.flags;

import java.time.LocalDate;

/** A new warning marker on a person or (exclusive) a location. */
public record FlagDraft(Long personId, Long locationId, FlagType type, String reason, long ownerAgencyId,
                        String ownerContact, LocalDate reviewOn, LocalDate expiresOn, boolean ownerAgencyOnly) {
}
