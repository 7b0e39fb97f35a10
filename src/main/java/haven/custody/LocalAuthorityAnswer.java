package haven.custody;

/** The local authority's answer to a request to accommodate a charged child (PACE-10). */
public enum LocalAuthorityAnswer {
    NON_SECURE_OFFERED("Non-secure accommodation offered"),
    SECURE_OFFERED("Secure accommodation offered"),
    NO_ACCOMMODATION("No accommodation offered"),
    REFUSED("Refused the transfer");

    private final String label;

    LocalAuthorityAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A child not offered somewhere goes up to an inspector and the authority's senior manager. */
    public boolean needsEscalation() {
        return this == NO_ACCOMMODATION || this == REFUSED;
    }
}
