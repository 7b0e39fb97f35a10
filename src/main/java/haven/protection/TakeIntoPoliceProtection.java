package haven.protection;

import java.time.Instant;

/**
 * Command: a constable took a child into police protection (PP-01).
 *
 * @param childId          the child's person id
 * @param takenBy          collar number or user id of the constable
 * @param takenAt          when the child was taken; the 72-hour clock starts here (PP-02)
 * @param whereFound       where the child was found (personal: never logged)
 * @param grounds          why the constable believed the child would otherwise be likely to suffer significant harm
 * @param power            which limb of s46(1)
 * @param placeOfSafety    where the child is kept
 * @param exceptionalReason why a police station had to be used (required for a police station, PP-03)
 * @param laWhereFound     the local authority for where the child was found
 * @param laWhereLives     the local authority for where the child lives
 */
public record TakeIntoPoliceProtection(
        long childId,
        String takenBy,
        Instant takenAt,
        String whereFound,
        String grounds,
        ProtectionPower power,
        PlaceOfSafety placeOfSafety,
        String exceptionalReason,
        String laWhereFound,
        String laWhereLives) {

    @Override
    public String toString() {
        return "TakeIntoPoliceProtection[childId=" + childId + "]";
    }
}
