package haven.custody;

/** Who the appropriate adult is to the child (PACE-02). */
public enum AppropriateAdultRole {
    PARENT_OR_GUARDIAN("Parent or guardian"),
    LOCAL_AUTHORITY_REPRESENTATIVE("Local authority or care representative"),
    SOCIAL_WORKER("Social worker"),
    APPROPRIATE_ADULT_SCHEME("Appropriate adult scheme volunteer"),
    OTHER_RESPONSIBLE_ADULT("Other responsible adult aged 18 or over");

    private final String label;

    AppropriateAdultRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
