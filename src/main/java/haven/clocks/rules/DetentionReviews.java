package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PACE-05: reviews of detention, counted on the review clock from when detention was first authorised (C-06):
 * the first no later than 6 h after, then no more than 9 h apart. The schedule is fixed by the authorisation:
 * a postponed review does not move the later deadlines. Milestones {@code review-2}, {@code review-3}, ... run
 * up to the longest detention allowed.
 */
public final class DetentionReviews implements StatutoryRule {

    /** Local parameters (the statutory figures; the warning is local). */
    public record Params(Duration firstReview, Duration interval, Duration longestDetention, Duration warnBefore) {
        public Params {
            Objects.requireNonNull(firstReview, "firstReview");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(longestDetention, "longestDetention");
            Objects.requireNonNull(warnBefore, "warnBefore");
            if (interval.isZero() || interval.isNegative()) {
                throw new IllegalArgumentException("interval must be positive: " + interval);
            }
        }

        /** RULES.md defaults: 6 h, then every 9 h, up to 96 h; warn 1 h before each review. */
        public static Params defaults() {
            return new Params(Duration.ofHours(6), Duration.ofHours(9), Duration.ofHours(96), Duration.ofHours(1));
        }
    }

    private final Params params;

    public DetentionReviews(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.PACE_05;
    }

    @Override
    public String summary() {
        return "First review " + Counting.hours(params.firstReview()) + " after detention was authorised, then every "
                + Counting.hours(params.interval()) + "; postponing a review does not move the later ones";
    }

    /**
     * When review number {@code n} (1 = first) is due at the latest, from the authorisation alone.
     */
    public Instant reviewDue(Instant authorised, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("review number must be at least 1: " + n);
        }
        return authorised.plus(params.firstReview()).plus(params.interval().multipliedBy(n - 1L));
    }

    /** The first review due strictly after {@code now}, whatever reviews were actually held or postponed. */
    public Instant nextReviewDueAfter(Instant authorised, Instant now) {
        int n = 1;
        while (!reviewDue(authorised, n).isAfter(now)) {
            n++;
        }
        return reviewDue(authorised, n);
    }

    @Override
    public Schedule scheduleFrom(Instant authorised, Jurisdiction jurisdiction) {
        Instant first = reviewDue(authorised, 1);
        List<Schedule.Milestone> later = new ArrayList<>();
        Instant end = authorised.plus(params.longestDetention());
        for (int n = 2; reviewDue(authorised, n).isBefore(end); n++) {
            later.add(new Schedule.Milestone("review-" + n, "Review " + n + " of detention",
                    reviewDue(authorised, n), Schedule.DueKind.AT_INSTANT));
        }
        return new Schedule(RuleId.PACE_05, jurisdiction, authorised, first, Schedule.DueKind.AT_INSTANT,
                List.of(new Schedule.Warning(first.minus(params.warnBefore()), "first review due in "
                        + Counting.hours(params.warnBefore()))), later);
    }
}
