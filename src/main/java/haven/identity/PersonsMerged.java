package haven.identity;

/** The records of one person were moved into another (reversible: see {@link PersonsSplit}). */
public record PersonsMerged(long mergeId, long fromPersonId, long intoPersonId) {
}
