package haven.secureestate.health;

/** What happened to a prescribed dose. */
public enum DoseOutcome {
    GIVEN, REFUSED, MISSED
}
