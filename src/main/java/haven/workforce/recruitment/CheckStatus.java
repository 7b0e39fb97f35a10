package haven.workforce.recruitment;

/** The state of a vetting check. */
public enum CheckStatus {
    NOT_REQUESTED, PENDING, CLEAR, NOT_CLEAR
}
