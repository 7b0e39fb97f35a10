package haven.custody;

/** Why the child was arrested; a breach of bail or remand conditions is outside the transfer duty (PACE-11). */
public enum ArrestKind {
    OFFENCE("Suspected offence"),
    BREACH_OF_BAIL("Breach of bail conditions"),
    BREACH_OF_REMAND("Breach of remand conditions");

    private final String label;

    ArrestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isBreach() {
        return this != OFFENCE;
    }
}
