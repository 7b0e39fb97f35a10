package haven.secureestate.regime;

/** A child leaving or returning to their own room, as the regime record notes it. */
public enum MovementKind {
    LEFT_ROOM,
    RETURNED_TO_ROOM
}
