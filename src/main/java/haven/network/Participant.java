package haven.network;

/** A person record's part in an event. */
public record Participant(long recordId, String role) {
    public static final java.util.Set<String> ROLES = java.util.Set.of("SUBJECT", "VICTIM", "SUSPECT", "WITNESS",
            "CHILD_PRESENT", "REPORTING_PERSON", "STAFF", "OTHER");
}
