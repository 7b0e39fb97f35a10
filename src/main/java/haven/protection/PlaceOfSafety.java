package haven.protection;

/** Where a child in police protection is kept (PP-03: a police station only in exceptional cases). */
public enum PlaceOfSafety {
    LOCAL_AUTHORITY_ACCOMMODATION("Local authority accommodation"),
    HOSPITAL("Hospital"),
    FOSTER_CARER("Foster carer"),
    RELATIVE("Relative"),
    POLICE_STATION("Police station");

    private final String label;

    PlaceOfSafety(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A child kept anywhere but local authority accommodation must be moved there (PP-03). */
    public boolean needsMoveToLocalAuthority() {
        return this == POLICE_STATION;
    }
}
