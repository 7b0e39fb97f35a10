package haven.access;

import java.util.EnumSet;
import java.util.Set;

/** What a user does; the roles decide which pages and which records they may open. */
public enum Role {
    POLICE_OFFICER("Police officer"),
    POLICE_SUPERVISOR("Police supervisor"),
    CUSTODY_OFFICER("Custody officer"),
    OFFENDER_MANAGER("Offender manager"),
    SOCIAL_WORKER("Social worker"),
    SOCIAL_WORK_MANAGER("Social work manager"),
    HUB_WORKER("Safeguarding hub worker"),
    HEALTH_PRACTITIONER("Health practitioner"),
    SCHOOL_SAFEGUARDING_LEAD("School safeguarding lead"),
    YOUTH_OFFENDING_WORKER("Youth offending worker"),
    SECURE_STAFF("Secure establishment staff"),
    SECURE_MANAGER("Secure establishment manager"),
    HEALTHCARE_LEAD("Healthcare lead"),
    DESIGNATED_OFFICER("Local authority designated officer (LADO)"),
    NATIONAL_MONITOR("National monitor"),
    ADMINISTRATOR("Administrator"),
    SYSTEM_CLIENT("Agency system");

    /** Roles whose work is with individual children and who may open person records. */
    public static final Set<Role> PRACTITIONERS = EnumSet.complementOf(EnumSet.of(NATIONAL_MONITOR, ADMINISTRATOR));

    /** Roles that may open a sealed record (and then only with involvement or a reason). */
    public static final Set<Role> SEALED_RECORD_HOLDERS = EnumSet.of(SOCIAL_WORK_MANAGER, POLICE_SUPERVISOR);

    /** Roles that review break-glass views and may see who looked at a record. */
    public static final Set<Role> SUPERVISORS = EnumSet.of(SOCIAL_WORK_MANAGER, POLICE_SUPERVISOR, SECURE_MANAGER);

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
