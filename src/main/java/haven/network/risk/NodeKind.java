package haven.network.risk;

/** What a node of the risk network stands for: the POLE model's person, place, object or event. */
public enum NodeKind {
    PERSON("P"), LOCATION("L"), THING("T"), EVENT("E");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /** A key unique across kinds, such as {@code P12} for person 12. */
    public String key(long id) {
        return prefix + id;
    }
}
