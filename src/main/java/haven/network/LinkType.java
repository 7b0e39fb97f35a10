package haven.network;

import java.util.Set;

/** The kinds of link Haven knows, grouped by what they join. */
public final class LinkType {
    public static final Set<String> PERSON_PERSON = Set.of("PARENT", "CARER", "SIBLING", "PARTNER", "ASSOCIATE",
            "HOUSEHOLD_MEMBER");
    public static final Set<String> PERSON_LOCATION = Set.of("LIVES_AT", "STAYS_AT", "FREQUENTS");
    public static final Set<String> PERSON_THING = Set.of("USES", "OWNS", "DRIVES");

    private LinkType() {
    }
}
