package haven.custody.rules;

import haven.custody.RecordVisit;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static haven.custody.rules.Checks.blank;

/**
 * PACE-14: a child is visited more often than an adult. The interval is a local parameter, so this says whether
 * the last visit is older than it; it is a local standard, not a statutory deadline.
 */
public final class VisitPolicy {

    private final Clock clock;

    public VisitPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordVisit c) {
        Verdict time = Checks.timeOnOpenRecord(f, c.visitedAt(), "visitedAt", "PACE-14", clock);
        if (!time.allowed()) {
            return time;
        }
        if (blank(c.visitedBy())) {
            return Verdict.refused("PACE-14", "visitedBy", "Record who visited the child.");
        }
        if (blank(c.observation())) {
            return Verdict.refused("PACE-14", "observation", "Record how the child was.");
        }
        return Verdict.ALLOWED;
    }

    /** Whether the child is due a visit: nobody has visited within the local interval since {@code since}. */
    public static boolean visitDue(Instant lastVisitOrPlacement, Instant now, Duration interval) {
        return lastVisitOrPlacement != null && !now.isBefore(lastVisitOrPlacement.plus(interval));
    }
}
