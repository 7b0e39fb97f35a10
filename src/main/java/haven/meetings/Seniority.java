package haven.meetings;

/**
 * How senior an invitee is. Inspectors found constables deciding on joint investigations in
 * complex cases: attendees should be senior enough to decide for their agency.
 */
public enum Seniority {
    PRACTITIONER("Practitioner (constable, social worker, nurse)"),
    FIRST_LINE_MANAGER("First-line manager (sergeant, team manager)"),
    SENIOR_MANAGER("Senior manager (inspector or above, head of service, named professional)");

    private final String label;

    Seniority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
