package haven.custody;

/** What the custody officer says makes a move impracticable (PACE-08: only transport and travel count). */
public enum ImpracticabilityReason {
    TRANSPORT_OR_TRAVEL("Transport or travel (for example extreme weather, no way to get there)"),
    CHILD_BEHAVIOUR("The child's behaviour"),
    NATURE_OF_OFFENCE("The nature of the offence"),
    NO_SECURE_BED("No secure accommodation available"),
    OTHER("Other");

    private final String label;

    ImpracticabilityReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
