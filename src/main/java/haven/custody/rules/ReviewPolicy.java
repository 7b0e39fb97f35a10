package haven.custody.rules;

import haven.custody.Rank;
import haven.custody.RecordReview;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/**
 * PACE-05: reviews of detention are made by an inspector or above, and a postponement records its reason.
 * When reviews fall due is for the clocks engine.
 */
public final class ReviewPolicy {

    private final Clock clock;

    public ReviewPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordReview c) {
        Verdict time = Checks.timeOnOpenRecord(f, c.reviewedAt(), "reviewedAt", "PACE-05", clock);
        if (!time.allowed()) {
            return time;
        }
        if (blank(c.reviewOfficer())) {
            return Verdict.refused("PACE-05", "reviewOfficer", "Name the review officer.");
        }
        if (c.rank() == null || !c.rank().atLeast(Rank.INSPECTOR)) {
            return Verdict.refused("PACE-05", "rank", "Reviews before charge are made by an inspector or above.");
        }
        if (blank(c.reasons())) {
            return Verdict.refused("PACE-05", "reasons", c.postponed()
                    ? "Record why the review was postponed; the later reviews stay due at their original times."
                    : "Record the grounds for continued detention.");
        }
        return Verdict.ALLOWED;
    }
}
