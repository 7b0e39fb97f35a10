package haven.clocks.rules;

import haven.clocks.LondonTime;
import haven.clocks.Schedule;
import haven.clocks.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The counting conventions C-03, C-04 and C-05 shared by the rules. */
final class Counting {

    private Counting() {
    }

    /** C-03: the start's London date is day 0; due at the end of the Nth working day after it. */
    static LocalDate lastWorkingDay(WorkingDayCalendar calendar, Instant start, int workingDays) {
        return calendar.addWorkingDays(LondonTime.dateOf(start), workingDays);
    }

    /** C-04: the start's London date is day 1; the last day allowed is day N. */
    static LocalDate lastDayBeginningWith(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        return LondonTime.dateOf(start).plusDays(days - 1L);
    }

    /** A warning on a working day before the last day, or none if it would fall before the start. */
    static List<Schedule.Warning> workingDayWarning(WorkingDayCalendar calendar, Instant start, LocalDate lastDay,
                                                    DayWarning warning) {
        LocalDate day = calendar.subtractWorkingDays(lastDay, warning.daysBefore());
        return warningIfAfterStart(start, LondonTime.at(day, warning.at()), label(warning));
    }

    /** A warning on a calendar day before the last day, or none if it would fall before the start. */
    static List<Schedule.Warning> dayWarning(Instant start, LocalDate lastDay, DayWarning warning) {
        LocalDate day = lastDay.minusDays(warning.daysBefore());
        return warningIfAfterStart(start, LondonTime.at(day, warning.at()), label(warning));
    }

    /** C-05: warnings a fixed number of real elapsed hours after the start. */
    static List<Schedule.Warning> elapsedWarnings(Instant start, List<Duration> afterStart, Instant due) {
        List<Schedule.Warning> warnings = new ArrayList<>();
        for (Duration d : afterStart) {
            Instant at = start.plus(d);
            if (at.isBefore(due)) {
                warnings.add(new Schedule.Warning(at, hours(d) + " elapsed"));
            }
        }
        return warnings;
    }

    static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }

    private static List<Schedule.Warning> warningIfAfterStart(Instant start, Instant at, String label) {
        return at.isAfter(start) ? List.of(new Schedule.Warning(at, label)) : List.of();
    }

    private static String label(DayWarning warning) {
        return warning.daysBefore() == 0 ? "due today" : "due in " + warning.daysBefore() + " day(s)";
    }
}
