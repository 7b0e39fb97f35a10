package haven.clocks.register;

/** Who a step of the escalation chain notifies. */
public enum EscalationTarget {
    /** The deadline's owner. */
    OWNER,
    /** The owner's supervisor. */
    SUPERVISOR,
    /** The agency's named senior lead. */
    SENIOR_LEAD
}
