package haven.custody;

/** Where a child is held in the station (PACE-14). */
public enum DetentionPlace {
    DETENTION_ROOM("Juvenile detention room"),
    CELL("Cell");

    private final String label;

    DetentionPlace(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
