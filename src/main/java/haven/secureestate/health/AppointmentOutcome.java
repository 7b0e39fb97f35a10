package haven.secureestate.health;

/** What happened to a medical appointment; late arrivals are sometimes refused treatment. */
public enum AppointmentOutcome {
    ATTENDED, LATE_SEEN, LATE_NOT_SEEN, MISSED;

    /** The child did not get the appointment. */
    public boolean lost() {
        return this == LATE_NOT_SEEN || this == MISSED;
    }
}
