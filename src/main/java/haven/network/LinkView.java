package haven.network;

import java.time.LocalDate;

/**
 * A link as shown on a page: to another person (their person id), a location or a thing,
 * with its dates and source.
 */
public record LinkView(long linkId, String kind, String type, long fromRecord, Long otherPersonId, Long locationId,
                       String locationText, Long thingId, String thingText, LocalDate validFrom, LocalDate validTo,
                       String agencyName, String lawfulBasis, boolean current) {
    @Override
    public String toString() {
        return "LinkView[id=" + linkId + "]";
    }
}
