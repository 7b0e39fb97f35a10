package haven.access;

/** The kinds of agency that hold records in Haven. */
public enum AgencyType {
    POLICE, CHILDRENS_SERVICES, HEALTH, SCHOOL, YOUTH_OFFENDING_TEAM, SECURE_ESTABLISHMENT,
    SAFEGUARDING_PARTNERSHIP, NATIONAL_MONITOR
}
