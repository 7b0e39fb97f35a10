package haven.identity.linkage;

/** What the engine decides about a pair of records. */
public enum Verdict {
    /** The same person: linked without a person looking. */
    LINK,
    /** Uncertain, or a guard forbids an automatic link: a person decides in the review queue. */
    REVIEW,
    /** Not the same person. */
    NO_LINK
}
