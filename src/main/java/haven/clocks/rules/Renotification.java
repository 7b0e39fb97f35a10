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
 * SO-03: re-notify within one year of the last notification, counted like C-04 (the notification day is day 1,
 * so a notification on 10 Jun 2025 is renewed by the end of 9 Jun 2026). Someone with no fixed address
 * re-notifies weekly: milestone {@code no-fixed-address}, or {@link #weeklyFrom}.
 */
public final class Renotification implements StatutoryRule {

    /** Local parameters. */
    public record Params(Period period, int noFixedAddressDays, DayWarning warning) {
        public Params {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(warning, "warning");
            if (noFixedAddressDays < 1) {
                throw new IllegalArgumentException("noFixedAddressDays must be at least 1");
            }
        }

        /** RULES.md defaults: one year; weekly with no fixed address; warn 14 days before the yearly one. */
        public static Params defaults() {
            return new Params(Period.ofYears(1), 7, DayWarning.daysBeforeAtNine(14));
        }
    }

    private final Params params;

    public Renotification(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.SO_03;
    }

    @Override
    public String summary() {
        return "Within " + params.period().getYears() + " year(s) of the last notification, the notification day counted; every "
                + params.noFixedAddressDays() + " days with no fixed address";
    }

    @Override
    public Schedule scheduleFrom(Instant lastNotification, Jurisdiction jurisdiction) {
        LocalDate last = LondonTime.dateOf(lastNotification).plus(params.period()).minusDays(1);
        Schedule weekly = weeklyFrom(lastNotification, jurisdiction);
        return new Schedule(RuleId.SO_03, jurisdiction, lastNotification, LondonTime.endOf(last),
                Schedule.DueKind.END_OF_DAY, Counting.dayWarning(lastNotification, last, params.warning()),
                List.of(new Schedule.Milestone("no-fixed-address", "Weekly re-notification (no fixed address)",
                        weekly.due(), Schedule.DueKind.END_OF_DAY)));
    }

    /** The weekly re-notification of someone with no fixed address. */
    public Schedule weeklyFrom(Instant lastNotification, Jurisdiction jurisdiction) {
        LocalDate last = Counting.lastDayBeginningWith(lastNotification, params.noFixedAddressDays());
        return new Schedule(RuleId.SO_03, jurisdiction, lastNotification, LondonTime.endOf(last),
                Schedule.DueKind.END_OF_DAY, Counting.dayWarning(lastNotification, last, DayWarning.daysBeforeAtNine(1)),
                List.of());
    }
}
