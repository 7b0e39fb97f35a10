package haven.network;

import java.time.LocalDate;

/**
 * A typed, dated link from a person record to another record, a location or a thing.
 * Exactly one of the targets is set; the kind follows from which.
 */
public record LinkDraft(Source source, String type, long fromRecord, Long toRecord, Long toLocation, Long toThing,
                        LocalDate validFrom, LocalDate validTo) {
    public String kind() {
        return toRecord != null ? "PERSON_PERSON" : toLocation != null ? "PERSON_LOCATION" : "PERSON_THING";
    }
}
