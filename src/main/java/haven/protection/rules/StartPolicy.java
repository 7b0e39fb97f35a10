package haven.protection.rules;

import haven.protection.PlaceOfSafety;
import haven.protection.TakeIntoPoliceProtection;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Instant;

/** Decides whether a start of police protection is recorded fully enough to be accepted (PP-01, PP-03). */
public final class StartPolicy {

    private final Clock clock;

    public StartPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(TakeIntoPoliceProtection c) {
        if (c.childId() <= 0) {
            return Verdict.refused("PP-01", "childId", "Say which child was taken into police protection.");
        }
        if (blank(c.takenBy())) {
            return Verdict.refused("PP-01", "takenBy", "Record the officer who took the child into police protection.");
        }
        if (c.takenAt() == null) {
            return Verdict.refused("PP-02", "takenAt", "Record when the child was taken: the 72 hours run from then.");
        }
        if (c.takenAt().isAfter(Instant.now(clock))) {
            return Verdict.refused("PP-02", "takenAt", "The time the child was taken cannot be in the future.");
        }
        if (blank(c.whereFound())) {
            return Verdict.refused("PP-03", "whereFound", "Record where the child was found.");
        }
        if (blank(c.grounds())) {
            return Verdict.refused("PP-01", "grounds",
                    "Record why you believed the child would otherwise be likely to suffer significant harm.");
        }
        if (c.power() == null) {
            return Verdict.refused("PP-01", "power", "Say whether the child was removed or their removal prevented.");
        }
        if (c.placeOfSafety() == null) {
            return Verdict.refused("PP-03", "placeOfSafety", "Record where the child is being kept.");
        }
        if (c.placeOfSafety() == PlaceOfSafety.POLICE_STATION && blank(c.exceptionalReason())) {
            return Verdict.refused("PP-03", "exceptionalReason",
                    "A police station is a place of safety only in exceptional cases: record the exceptional reason.");
        }
        if (blank(c.laWhereFound())) {
            return Verdict.refused("PP-03", "laWhereFound", "Record the local authority for where the child was found.");
        }
        if (blank(c.laWhereLives())) {
            return Verdict.refused("PP-03", "laWhereLives",
                    "Record the local authority for where the child lives (the same one if it is).");
        }
        return Verdict.ALLOWED;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
