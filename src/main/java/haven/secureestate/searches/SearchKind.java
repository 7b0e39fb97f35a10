package haven.secureestate.searches;

/** How intrusive a search of a child was; strip searches are aggregated nationally (SE-07). */
public enum SearchKind {
    FULL("Full search"),
    STRIP("Strip search");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
