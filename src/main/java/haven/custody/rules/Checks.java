package haven.custody.rules;

import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Instant;

/** Small shared checks for custody policies. */
final class Checks {

    private Checks() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A time on an open record: present, not before arrival, not in the future. */
    static Verdict timeOnOpenRecord(CustodyFacts f, Instant at, String field, String rule, Clock clock) {
        if (f.closed()) {
            return Verdict.refused(rule, "recordId", "This custody record is closed.");
        }
        if (at == null) {
            return Verdict.refused(rule, field, "Record the time.");
        }
        if (at.isBefore(f.arrivedAt())) {
            return Verdict.refused(rule, field, "The time cannot be before the child arrived at the station.");
        }
        if (at.isAfter(Instant.now(clock))) {
            return Verdict.refused(rule, field, "The time cannot be in the future.");
        }
        return Verdict.ALLOWED;
    }
}
