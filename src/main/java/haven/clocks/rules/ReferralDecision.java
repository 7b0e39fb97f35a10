package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import haven.clocks.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CP-01: children's social care acknowledges a referral and decides next steps within 1 working day (the same in
 * Wales, W-01). In Wales the schedule also carries two milestones for the referrer: a phoned report confirmed in
 * writing within 24 h ({@code written-confirmation}) and a chase after 7 working days without acknowledgement
 * ({@code chase}).
 */
public final class ReferralDecision implements StatutoryRule {

    /** Local parameters. */
    public record Params(int workingDays, DayWarning warning, Duration walesWrittenConfirmation,
                         int walesChaseAfterWorkingDays) {
        public Params {
            if (workingDays < 0 || walesChaseAfterWorkingDays < 0) {
                throw new IllegalArgumentException("working days must not be negative");
            }
            Objects.requireNonNull(warning, "warning");
            Objects.requireNonNull(walesWrittenConfirmation, "walesWrittenConfirmation");
        }

        /** RULES.md defaults: 1 working day; Wales 24 h written confirmation, chase after 7 working days. */
        public static Params defaults() {
            return new Params(1, DayWarning.onTheDayAtNoon(), Duration.ofHours(24), 7);
        }
    }

    private final Params params;
    private final WorkingDayCalendar calendar;

    public ReferralDecision(Params params, WorkingDayCalendar calendar) {
        this.params = Objects.requireNonNull(params, "params");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public RuleId id() {
        return RuleId.CP_01;
    }

    @Override
    public String summary() {
        return "Decision by the end of the " + params.workingDays() + "th working day after the referral";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        LocalDate last = Counting.lastWorkingDay(calendar, start, params.workingDays());
        List<Schedule.Milestone> milestones = new ArrayList<>();
        if (jurisdiction == Jurisdiction.WALES) {
            milestones.add(new Schedule.Milestone("written-confirmation", "Phoned referral confirmed in writing",
                    start.plus(params.walesWrittenConfirmation()), Schedule.DueKind.AT_INSTANT));
            LocalDate chase = Counting.lastWorkingDay(calendar, start, params.walesChaseAfterWorkingDays());
            milestones.add(new Schedule.Milestone("chase", "Referrer chases an unacknowledged referral",
                    LondonTime.endOf(chase), Schedule.DueKind.END_OF_DAY));
        }
        return new Schedule(RuleId.CP_01, jurisdiction, start, LondonTime.endOf(last), Schedule.DueKind.END_OF_DAY,
                Counting.workingDayWarning(calendar, start, last, params.warning()), milestones);
    }
}
