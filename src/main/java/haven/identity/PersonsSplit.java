package haven.identity;

/** A merge was undone: the records it moved are back with the earlier person. */
public record PersonsSplit(long mergeId, long restoredPersonId, long fromPersonId) {
}
