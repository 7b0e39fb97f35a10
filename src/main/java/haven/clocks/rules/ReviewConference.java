package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * CP-06: the first review conference within 3 months of the initial conference ({@link #scheduleFrom}); then
 * each review within 6 months of the previous one while the plan lasts ({@link #nextReviewAfter}).
 * Months are calendar months on London dates; the last day allowed is the same date 3 (or 6) months on.
 */
public final class ReviewConference implements StatutoryRule {

    /** Local parameters. */
    public record Params(Period firstReview, Period laterReviews, DayWarning warning) {
        public Params {
            Objects.requireNonNull(firstReview, "firstReview");
            Objects.requireNonNull(laterReviews, "laterReviews");
            Objects.requireNonNull(warning, "warning");
        }

        /** RULES.md defaults: 3 months, then 6 months; warn 14 days before. */
        public static Params defaults() {
            return new Params(Period.ofMonths(3), Period.ofMonths(6), DayWarning.daysBeforeAtNine(14));
        }
    }

    private final Params params;

    public ReviewConference(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.CP_06;
    }

    @Override
    public String summary() {
        return "First review within " + params.firstReview().toTotalMonths() + " months of the initial conference, then within "
                + params.laterReviews().toTotalMonths() + " months of the previous review";
    }

    /** The first review, counted from the initial conference. */
    @Override
    public Schedule scheduleFrom(Instant initialConference, Jurisdiction jurisdiction) {
        return within(initialConference, params.firstReview(), jurisdiction);
    }

    /** The next review, counted from the previous review conference. */
    public Schedule nextReviewAfter(Instant previousReview, Jurisdiction jurisdiction) {
        return within(previousReview, params.laterReviews(), jurisdiction);
    }

    private Schedule within(Instant start, Period period, Jurisdiction jurisdiction) {
        LocalDate last = LondonTime.dateOf(start).plus(period);
        return new Schedule(RuleId.CP_06, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.dayWarning(start, last, params.warning()), List.of());
    }
}
