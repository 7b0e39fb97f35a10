package haven.meetings;

/** Which side an invitee speaks for; a strategy discussion needs at least police, social care and health. */
public enum InviteeAgency {
    POLICE("Police"), SOCIAL_CARE("Children's social care"), HEALTH("Health"), EDUCATION("Education"), OTHER("Other");

    private final String label;

    InviteeAgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
