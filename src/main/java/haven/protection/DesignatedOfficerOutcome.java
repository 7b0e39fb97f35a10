package haven.protection;

/** What the designated officer decided after the inquiry (PP-05). */
public enum DesignatedOfficerOutcome {
    /** Reasonable cause to believe significant harm is still likely: keep the child in police protection. */
    CONTINUE_PROTECTION,
    /** No such cause remains: release the child. */
    RELEASE
}
