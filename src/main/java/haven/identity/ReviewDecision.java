package haven.identity;

/** What a person decides about a pair in the review queue. */
public enum ReviewDecision {
    SAME("Same person"),
    NOT_SAME("Not the same person"),
    NEED_MORE_INFORMATION("Need more information");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
