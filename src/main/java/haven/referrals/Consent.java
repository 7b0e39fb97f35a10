package haven.referrals;

/** Whether the family agreed to the referral being shared, or on what footing it is shared without agreement. */
public enum Consent {
    GIVEN("Consent to share was given"),
    REFUSED_SHARED_ANYWAY("Consent was refused; shared without it on a lawful basis"),
    NOT_SOUGHT("Consent was not sought; shared without it on a lawful basis");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Sharing without consent must name its lawful basis. */
    public boolean needsLawfulBasis() {
        return this != GIVEN;
    }
}
