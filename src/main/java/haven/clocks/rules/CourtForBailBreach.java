package haven.clocks.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PACE-11: a child arrested for breaching bail or remand conditions is brought before a court within 24 h,
 * not counting Sundays, Christmas Day or Good Friday (whole London days skipped). An arrest in the evening or
 * night means the child will probably spend a night in a cell: the schedule then carries a warning at the
 * arrest itself.
 */
public final class CourtForBailBreach implements StatutoryRule {

    private static final MonthDay CHRISTMAS_DAY = MonthDay.of(12, 25);

    /** Local parameters: the limit, when "evening" starts and ends, and the warning before the limit. */
    public record Params(Duration limit, LocalTime eveningFrom, LocalTime morningFrom, Duration warnBefore) {
        public Params {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(eveningFrom, "eveningFrom");
            Objects.requireNonNull(morningFrom, "morningFrom");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }

        /** Defaults: 24 h; arrests from 16:00 to 06:00 warn of a night in a cell; warn 4 h before the limit. */
        public static Params defaults() {
            return new Params(Duration.ofHours(24), LocalTime.of(16, 0), LocalTime.of(6, 0), Duration.ofHours(4));
        }
    }

    private final Params params;

    public CourtForBailBreach(Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public RuleId id() {
        return RuleId.PACE_11;
    }

    @Override
    public String summary() {
        return "Before a court within " + Counting.hours(params.limit())
                + ", Sundays, Christmas Day and Good Friday not counted; evening arrests warn of a night in a cell";
    }

    @Override
    public Schedule scheduleFrom(Instant arrest, Jurisdiction jurisdiction) {
        Instant due = countedAfter(arrest, params.limit());
        List<Schedule.Warning> warnings = new ArrayList<>();
        if (isEveningOrNight(arrest)) {
            warnings.add(new Schedule.Warning(arrest,
                    "arrested in the evening: the child is likely to spend a night in a cell unless a court or other place is found"));
        }
        Instant before = countedBefore(due, params.warnBefore());
        if (before.isAfter(arrest)) {
            warnings.add(new Schedule.Warning(before, "court appearance due in " + Counting.hours(params.warnBefore())));
        }
        return new Schedule(RuleId.PACE_11, jurisdiction, arrest, due, Schedule.DueKind.AT_INSTANT, warnings, List.of());
    }

    /** Whether a London date is not counted towards the limit. */
    public static boolean isUncountedDay(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY
                || MonthDay.from(date).equals(CHRISTMAS_DAY)
                || date.equals(easterSunday(date.getYear()).minusDays(2));
    }

    private boolean isEveningOrNight(Instant arrest) {
        LocalTime local = arrest.atZone(LondonTime.ZONE).toLocalTime();
        return !local.isBefore(params.eveningFrom()) || local.isBefore(params.morningFrom());
    }

    /** Adds counted time: walks day by day, skipping uncounted London days whole. */
    private static Instant countedAfter(Instant from, Duration amount) {
        Instant cursor = from;
        Duration left = amount;
        while (true) {
            LocalDate day = LondonTime.dateOf(cursor);
            Instant dayEnd = LondonTime.endOf(day);
            if (isUncountedDay(day)) {
                cursor = dayEnd;
                continue;
            }
            Duration available = Duration.between(cursor, dayEnd);
            if (available.compareTo(left) >= 0) {
                return cursor.plus(left);
            }
            left = left.minus(available);
            cursor = dayEnd;
        }
    }

    /** The instant {@code amount} of counted time before {@code to}. */
    private static Instant countedBefore(Instant to, Duration amount) {
        Instant cursor = to;
        Duration left = amount;
        while (true) {
            LocalDate day = LondonTime.dateOf(cursor.minusNanos(1));
            Instant dayStart = LondonTime.startOf(day);
            if (isUncountedDay(day)) {
                cursor = dayStart;
                continue;
            }
            Duration available = Duration.between(dayStart, cursor);
            if (available.compareTo(left) >= 0) {
                return cursor.minus(left);
            }
            left = left.minus(available);
            cursor = dayStart;
        }
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
