package haven.workforce.allegations;

/** The three kinds of allegation that AL-01 sends to the LADO. */
public enum AllegationCategory {
    HARMED_A_CHILD("Harmed a child or may have harmed a child"),
    OFFENCE_AGAINST_A_CHILD("May have committed a criminal offence against a child"),
    RISK_OR_UNSUITABILITY("Behaved in a way that suggests risk to children or unsuitability");

    private final String label;

    AllegationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
