package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * SO-06: travel abroad is notified at least 7 days before departure. The clock counts back from the planned
 * departure (pass it as the start): due 7 days before, at the same London time; milestone {@code short-notice}
 * is the latest (12 h before departure) when the trip was not known earlier.
 */
public final class TravelNotification implements StatutoryRule {

    /** Local parameters. */
    public record Params(Period notice, Duration shortNotice, Duration warnBefore) {
        public Params {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(shortNotice, "shortNotice");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }

        /** RULES.md defaults: 7 days, or 12 hours; warn 1 day before the 7-day point. */
        public static Params defaults() {
            return new Params(Period.ofDays(7), Duration.ofHours(12), Duration.ofDays(1));
        }
    }

    private final Params params;

    public TravelNotification(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.SO_06;
    }

    @Override
    public String summary() {
        return params.notice().getDays() + " days before departure, or " + Counting.hours(params.shortNotice())
                + " before if the trip was not known earlier";
    }

    @Override
    public Schedule scheduleFrom(Instant departure, Jurisdiction jurisdiction) {
        Instant due = departure.atZone(LondonTime.ZONE).minus(params.notice()).toInstant();
        return new Schedule(RuleId.SO_06, jurisdiction, departure, due, Schedule.DueKind.AT_INSTANT,
                List.of(new Schedule.Warning(due.minus(params.warnBefore()), "travel notification due soon")),
                List.of(new Schedule.Milestone("short-notice", "Latest notification of a trip not known earlier",
                        departure.minus(params.shortNotice()), Schedule.DueKind.AT_INSTANT)));
    }
}
