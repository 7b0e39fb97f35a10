package haven.protection;

/** The two limbs of Children Act 1989 s46(1) (PP-01). */
public enum ProtectionPower {
    /** s46(1)(a): removed the child to suitable accommodation. */
    REMOVED_TO_ACCOMMODATION,
    /** s46(1)(b): prevented the child's removal from a hospital or other place. */
    PREVENTED_REMOVAL
}
