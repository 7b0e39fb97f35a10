package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * SE-08: confinement to a room of 22 hours or more in a day alerts the manager and the monitor.
 * {@link #scheduleFrom} counts from when the child last went into the room; {@link #isConfinementAlert} judges a
 * whole London day from the time out of room measured (a day has 23 or 25 hours at the clock changes).
 */
public final class RoomConfinement implements StatutoryRule {

    /** Local parameters. */
    public record Params(Duration alertAt, Duration warnBefore) {
        public Params {
            Objects.requireNonNull(alertAt, "alertAt");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }

        /** RULES.md default: 22 h; warn 2 h before. */
        public static Params defaults() {
            return new Params(Duration.ofHours(22), Duration.ofHours(2));
        }
    }

    private final Params params;

    public RoomConfinement(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.SE_08;
    }

    @Override
    public String summary() {
        return "Alert when a child is in their room " + Counting.hours(params.alertAt()) + " or more in a day";
    }

    @Override
    public Schedule scheduleFrom(Instant inRoomSince, Jurisdiction jurisdiction) {
        Instant due = inRoomSince.plus(params.alertAt());
        return new Schedule(RuleId.SE_08, jurisdiction, inRoomSince, due, Schedule.DueKind.AT_INSTANT,
                List.of(new Schedule.Warning(due.minus(params.warnBefore()), "confinement limit near")), List.of());
    }

    /** Whether a London day's time in room (its length less the time out of room) reaches the limit. */
    public boolean isConfinementAlert(LocalDate day, Duration timeOutOfRoom) {
        Duration dayLength = Duration.between(LondonTime.startOf(day), LondonTime.endOf(day));
        return dayLength.minus(timeOutOfRoom).compareTo(params.alertAt()) >= 0;
    }
}
