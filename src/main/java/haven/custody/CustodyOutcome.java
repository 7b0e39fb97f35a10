package haven.custody;

/** How the child left custody. */
public enum CustodyOutcome {
    RELEASED_NO_FURTHER_ACTION("Released, no further action"),
    RELEASED_UNDER_INVESTIGATION("Released under investigation"),
    BAILED("Bailed"),
    TRANSFERRED_TO_LOCAL_AUTHORITY("Transferred to local authority accommodation"),
    HELD_FOR_COURT("Taken to court from the station");

    private final String label;

    CustodyOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
