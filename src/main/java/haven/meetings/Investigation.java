package haven.meetings;

/** How the concern will be investigated, as decided at a strategy discussion. */
public enum Investigation {
    JOINT("Joint investigation (police and social care)"),
    SINGLE_AGENCY_POLICE("Single-agency: police"),
    SINGLE_AGENCY_SOCIAL_CARE("Single-agency: social care"),
    NONE("No investigation");

    private final String label;

    Investigation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean singleAgencyOrNone() {
        return this != JOINT;
    }
}
