package haven.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Europe/London dates and times: day-based rules count London dates, and Haven shows times in London.
 */
public final class LondonTime {

    /** The zone every date in England and Wales is counted in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private LondonTime() {
    }

    /** The London calendar date at an instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The instant a London date ends, that is, the first instant of the following day. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The instant a London date begins. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /** The instant of a London wall-clock time on a date (a time skipped by the spring change moves forward). */
    public static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toInstant();
    }

    /**
     * Reads a start time as people and systems write it: a London wall-clock time such as {@code 2025-06-02T10:00}
     * (or {@code 2025-06-02 10:00}), or an instant with an offset such as {@code 2025-06-02T09:00Z}.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter a date and time, for example 2025-06-02T10:00");
        }
        String t = text.strip().replace(' ', 'T');
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(t).atZone(ZONE).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text.strip()
                        + "' is not a date and time; write it like 2025-06-02T10:00 (London time)");
            }
        }
    }

    /** For example {@code "Thu 5 Jun 2025 10:00"}. */
    public static String format(Instant instant) {
        return DAY_TIME.format(instant.atZone(ZONE));
    }

    /** For example {@code "Tue 22 Apr 2025"}. */
    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
