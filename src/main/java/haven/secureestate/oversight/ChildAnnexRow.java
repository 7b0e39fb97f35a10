package haven.secureestate.oversight;

/**
 * One child in the restricted annex of the national report: the establishment's own reference for the child and
 * how often force and strip searches were used on them. Never printed in the public version.
 */
public record ChildAnnexRow(String establishment, String childReference, int useOfForce, int injuries,
                            int painInducing, int stripSearches) {

    @Override
    public String toString() {
        return "ChildAnnexRow[" + establishment + "]";
    }
}
