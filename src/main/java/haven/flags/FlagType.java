package haven.flags;

/** The kinds of warning marker, in the words practitioners use. */
public enum FlagType {
    RISK_TO_CHILDREN("Poses a risk to children"),
    REGISTERED_SEX_OFFENDER("Registered sex offender"),
    CHILD_PROTECTION_PLAN("Child protection plan"),
    LOOKED_AFTER_CHILD("Looked-after child"),
    MISSING_RISK("Goes missing"),
    EXPLOITATION_RISK("At risk of exploitation"),
    EXPLOITATION_SUSPECT("Suspected of exploiting children"),
    VIOLENCE("Violence towards others"),
    WEAPONS("Weapons"),
    DOMESTIC_ABUSE("Domestic abuse"),
    SELF_HARM("Self-harm"),
    REFUGE_ADDRESS("Refuge: do not disclose"),
    EXPLOITATION_HOTSPOT("Place linked to exploitation");

    private final String label;

    FlagType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
