package haven.platform.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Haven stores UTC and shows times as people in England and Wales read them. */
public final class LondonTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private LondonTime() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
