package haven.referrals;

/** What the referrer is worried about, in the categories hubs and inspectors use. */
public enum ConcernCategory {
    PHYSICAL_ABUSE("Physical abuse"),
    SEXUAL_ABUSE("Sexual abuse"),
    EMOTIONAL_ABUSE("Emotional abuse"),
    NEGLECT("Neglect"),
    DOMESTIC_ABUSE("Domestic abuse in the household"),
    EXPLOITATION("Criminal or sexual exploitation"),
    MISSING("Going missing"),
    ONLINE_HARM("Online harm"),
    SELF_HARM("Self-harm or mental health"),
    OTHER("Other");

    private final String label;

    ConcernCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
