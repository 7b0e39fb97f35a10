package haven.secureestate.staffing;

/** The three shifts a unit is staffed for each day. */
public enum Shift {
    EARLY, LATE, NIGHT
}
