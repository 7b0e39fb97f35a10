package haven.custody;

/** Police ranks that matter to PACE authorisations, lowest first. */
public enum Rank {
    CONSTABLE, SERGEANT, INSPECTOR, CHIEF_INSPECTOR, SUPERINTENDENT, CHIEF_SUPERINTENDENT;

    public boolean atLeast(Rank other) {
        return compareTo(other) >= 0;
    }
}
