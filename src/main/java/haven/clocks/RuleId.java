package haven.clocks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The id of a time rule as written in RULES.md ({@code "PP-02"}); the enum name replaces the hyphen.
 */
public enum RuleId {
    CP_01("CP-01", "Referral acknowledged and next steps decided"),
    CP_02("CP-02", "Strategy discussion held"),
    CP_04("CP-04", "Assessment concluded"),
    CP_05("CP-05", "Initial child protection conference held"),
    CP_06("CP-06", "Review child protection conference held"),
    CP_07("CP-07", "First core group meeting held"),
    CP_09("CP-09", "Serious incident notified to the national review panel"),
    PP_02("PP-02", "Child released from police protection or EPO obtained"),
    PP_03("PP-03", "Police protection duty carried out"),
    PP_06("PP-06", "Emergency protection order ends"),
    PACE_05("PACE-05", "Review of detention held"),
    PACE_06("PACE-06", "Child charged or released from detention without charge"),
    PACE_11("PACE-11", "Child arrested for breach of bail brought before a court"),
    SO_01("SO-01", "Initial notification by a registered sex offender"),
    SO_02("SO-02", "Notification of changes by a registered sex offender"),
    SO_03("SO-03", "Periodic re-notification by a registered sex offender"),
    SO_04("SO-04", "Notification of staying in a household with a child"),
    SO_05("SO-05", "Notification of changes to bank, card or identity details"),
    SO_06("SO-06", "Notification of travel abroad"),
    M_04("M-04", "Return interview offered after a missing episode"),
    DA_06("DA-06", "School told of a domestic abuse incident (Operation Encompass)"),
    SE_03("SE-03", "Restraint in a children's home recorded"),
    SE_04("SE-04", "Separation in a secure training centre ended"),
    SE_05("SE-05", "Removal from association authorised"),
    SE_08("SE-08", "Time in room below the confinement limit"),
    AL_01("AL-01", "Allegation against someone working with children referred to the LADO");

    private final String code;
    private final String title;

    RuleId(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The id as RULES.md writes it, for example {@code "PP-02"}. */
    public String code() {
        return code;
    }

    /** What must happen by the deadline, in practitioners' words. */
    public String title() {
        return title;
    }

    /**
     * Finds a rule id by its RULES.md code, case-insensitively, also accepting the enum name.
     *
     * @throws IllegalArgumentException naming the unknown id and listing the known ones
     */
    public static RuleId of(String code) {
        if (code != null) {
            String wanted = code.trim().toUpperCase(Locale.ROOT).replace('_', '-');
            for (RuleId id : values()) {
                if (id.code.equals(wanted)) {
                    return id;
                }
            }
        }
        throw new IllegalArgumentException("rule: unknown rule id '" + code + "'; known ids are "
                + Arrays.stream(values()).map(RuleId::code).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return code;
    }
}
