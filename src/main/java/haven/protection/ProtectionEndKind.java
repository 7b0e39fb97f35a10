package haven.protection;

/** How police protection ended (PP-02, PP-05, PP-06). */
public enum ProtectionEndKind {
    RELEASED("Released"),
    EMERGENCY_PROTECTION_ORDER("Emergency protection order"),
    LOCAL_AUTHORITY_ACCOMMODATION("Accommodated by the local authority");

    private final String label;

    ProtectionEndKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
