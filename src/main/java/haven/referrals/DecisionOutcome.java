package haven.referrals;

/** What the local authority decided to do with a referral (CP-01). */
public enum DecisionOutcome {
    NO_FURTHER_ACTION("No further action"),
    EARLY_HELP("Early help"),
    ASSESSMENT_S17("Assessment (section 17, child in need)"),
    STRATEGY_DISCUSSION_S47("Strategy discussion (section 47)");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
