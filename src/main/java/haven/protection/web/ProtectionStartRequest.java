package haven.protection.web;

import haven.protection.PlaceOfSafety;
import haven.protection.ProtectionPower;
import haven.protection.TakeIntoPoliceProtection;

import java.time.Instant;

/** The API's request body for a start of police protection; left-out fields are reported by the rules. */
record ProtectionStartRequest(Long childId, String takenBy, Instant takenAt, String whereFound, String grounds,
                              ProtectionPower power, PlaceOfSafety placeOfSafety, String exceptionalReason,
                              String laWhereFound, String laWhereLives) {

    TakeIntoPoliceProtection command() {
        return new TakeIntoPoliceProtection(childId == null ? 0 : childId, takenBy, takenAt, whereFound, grounds, power,
                placeOfSafety, exceptionalReason, laWhereFound, laWhereLives);
    }
}
