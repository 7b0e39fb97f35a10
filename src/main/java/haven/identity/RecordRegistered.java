package haven.identity;

/** A person record was created or changed (not published when an import repeats it unchanged). */
public record RecordRegistered(long recordId, long personId, Outcome outcome) {
    /** What registering the draft did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
