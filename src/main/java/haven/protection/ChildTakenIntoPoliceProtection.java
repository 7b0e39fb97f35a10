package haven.protection;

import java.time.Instant;

/**
 * A child was taken into police protection. Triggers the local authority's s47 enquiries (PP-08) and invites a
 * strategy discussion: modules for referrals and meetings listen for it.
 */
public record ChildTakenIntoPoliceProtection(long caseId, long childPersonId, Instant takenAt, PlaceOfSafety place,
                                             String laWhereFound, String laWhereLives) {
}
