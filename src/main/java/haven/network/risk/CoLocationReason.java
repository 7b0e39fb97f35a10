package haven.network.risk;

/** Why a co-location alert was raised, in practitioners' words. */
public enum CoLocationReason {
    SAME_ADDRESS("Lives or stays at the same address as the child"),
    SAME_HOUSEHOLD("Recorded as a member of the child's household"),
    PARTNER_OF_PARENT("Partner of the child's parent or carer"),
    PRESENT_TOGETHER("Recorded at the same event as the child");

    private final String label;

    CoLocationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
