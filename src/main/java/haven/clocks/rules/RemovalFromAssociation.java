package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SE-05: removal from association in a young offender institution lasts up to 72 h; beyond that written authority
 * in blocks of 14 days (milestones {@code block-1}, {@code block-2}, ... when each block runs out); beyond 42 days
 * the Secretary of State (milestone {@code secretary-of-state}). Days keep the London wall-clock time.
 */
public final class RemovalFromAssociation implements StatutoryRule {

    /** Local parameters (statutory figures; the warning is local). */
    public record Params(Duration initial, int blockDays, int secretaryOfStateAfterDays, Duration warnBefore) {
        public Params {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(warnBefore, "warnBefore");
            if (blockDays < 1 || secretaryOfStateAfterDays < 1) {
                throw new IllegalArgumentException("blockDays and secretaryOfStateAfterDays must be at least 1");
            }
        }

        /** RULES.md defaults: 72 h, 14-day blocks, 42 days; warn 12 h before. */
        public static Params defaults() {
            return new Params(Duration.ofHours(72), 14, 42, Duration.ofHours(12));
        }
    }

    private final Params params;

    public RemovalFromAssociation(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.SE_05;
    }

    @Override
    public String summary() {
        return "Up to " + Counting.hours(params.initial()) + "; then written authority every " + params.blockDays()
                + " days; the Secretary of State beyond " + params.secretaryOfStateAfterDays() + " days";
    }

    @Override
    public Schedule scheduleFrom(Instant start, Jurisdiction jurisdiction) {
        Instant due = start.plus(params.initial());
        ZonedDateTime local = start.atZone(LondonTime.ZONE);
        Instant secretary = local.plusDays(params.secretaryOfStateAfterDays()).toInstant();
        List<Schedule.Milestone> milestones = new ArrayList<>();
        ZonedDateTime blockEnd = due.atZone(LondonTime.ZONE);
        for (int n = 1; ; n++) {
            blockEnd = blockEnd.plusDays(params.blockDays());
            if (!blockEnd.toInstant().isBefore(secretary)) {
                break;
            }
            milestones.add(new Schedule.Milestone("block-" + n, "Written authority block " + n + " runs out",
                    blockEnd.toInstant(), Schedule.DueKind.AT_INSTANT));
        }
        milestones.add(new Schedule.Milestone("secretary-of-state", "Secretary of State authority needed",
                secretary, Schedule.DueKind.AT_INSTANT));
        return new Schedule(RuleId.SE_05, jurisdiction, start, due, Schedule.DueKind.AT_INSTANT,
                List.of(new Schedule.Warning(due.minus(params.warnBefore()), "written authority needed soon")), milestones);
    }
}
