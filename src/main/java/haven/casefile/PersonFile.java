package haven.casefile;

import haven.access.AccessLog;
import haven.identity.PersonMatch;
import haven.identity.PersonRecord;
import haven.network.ChronologyEntry;
import java.util.List;

/** Everything one viewer may see of one person, assembled for a page or the API. */
public record PersonFile(long personId, PersonMatch summary, boolean sealed, boolean breakGlass, List<FlagView> flags,
                         List<PersonRecord> records, List<ChronologyEntry> chronology, List<String> agencies,
                         List<String> eventTypes, List<LinkedPerson> people, List<LinkedPlace> places,
                         List<LinkedThing> things, List<AccessLog.Entry> whoLooked) {

    /** Another person linked to this one; {@code name} is "Restricted" when the viewer may not see them. */
    public record LinkedPerson(Long personId, String name, String type, String since, String until, boolean current,
                               String source, List<FlagView> flags, boolean restricted) {
    }

    /** A place linked to this person. */
    public record LinkedPlace(long locationId, String address, String type, String since, String until, boolean current,
                              String source, List<FlagView> flags) {
    }

    /** A phone, vehicle, device or account linked to this person. */
    public record LinkedThing(long thingId, String description, String type, String source) {
    }

    @Override
    public String toString() {
        return "PersonFile[person=" + personId + "]";
    }
}
