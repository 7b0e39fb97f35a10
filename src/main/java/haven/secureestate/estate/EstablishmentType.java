package haven.secureestate.estate;

/** The kinds of setting that hold children securely, and the one kind of open home the restraint rules also cover. */
public enum EstablishmentType {
    SECURE_TRAINING_CENTRE("Secure training centre", true, false),
    YOUNG_OFFENDER_INSTITUTION("Young offender institution", true, false),
    SECURE_CHILDRENS_HOME("Secure children's home", true, true),
    /** Not part of the secure estate, but SE-02 applies to it too; kept so a transfer's history reads correctly. */
    CHILDRENS_HOME("Children's home", false, true);

    private final String label;
    private final boolean secure;
    private final boolean childrensHome;

    EstablishmentType(String label, boolean secure, boolean childrensHome) {
        this.label = label;
        this.secure = secure;
        this.childrensHome = childrensHome;
    }

    public String label() {
        return label;
    }

    public boolean isSecure() {
        return secure;
    }

    /** SE-02 and SE-03 apply to children's homes, secure ones included. */
    public boolean isChildrensHome() {
        return childrensHome;
    }

    /** SE-01 applies to young offender institutions and secure training centres. */
    public boolean isCustodial() {
        return this == SECURE_TRAINING_CENTRE || this == YOUNG_OFFENDER_INSTITUTION;
    }
}
