package haven.secureestate.force;

/** Why staff restrained a child; which reasons are lawful depends on the establishment type (SE-01, SE-02). */
public enum RestraintReason {
    PREVENT_HARM_TO_CHILD("To prevent the child harming themselves", true),
    PREVENT_HARM_TO_OTHERS("To prevent the child harming someone else", true),
    PREVENT_SERIOUS_DAMAGE("To prevent serious damage to property", false),
    PREVENT_ABSCONDING("To prevent the child absconding or escaping", false),
    MAINTAIN_GOOD_ORDER("To maintain good order and discipline", false);

    private final String label;
    private final boolean injury;

    RestraintReason(String label, boolean injury) {
        this.label = label;
        this.injury = injury;
    }

    public String label() {
        return label;
    }

    /** True where the reason is to prevent someone being hurt, the only ground on which pain may ever be used. */
    public boolean isToPreventInjury() {
        return injury;
    }
}
