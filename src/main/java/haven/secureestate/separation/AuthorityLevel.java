package haven.secureestate.separation;

/** Who granted written authority to keep a child separated (SE-05). */
public enum AuthorityLevel {
    ESTABLISHMENT("Governor or director"),
    SECRETARY_OF_STATE("Secretary of State");

    private final String label;

    AuthorityLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
