package haven.platform.web;

import haven.platform.time.LondonTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** Formatting for pages ({@code ${@fmt.dateTime(x)}}): UTC is stored, London time is shown. */
@Component("fmt")
public class Formats {
    public String dateTime(Instant instant) {
        return LondonTime.dateTime(instant);
    }

    public String date(LocalDate date) {
        return LondonTime.date(date);
    }

    /** The value for an {@code <input type="datetime-local">}, in London time. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, LondonTime.ZONE).withSecond(0).withNano(0).toString();
    }

    public String hours(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = duration.toMinutes();
        return (minutes / 60) + "h " + String.format("%02d", Math.abs(minutes % 60)) + "m";
    }

    public String label(String constant) {
        if (constant == null) {
            return "";
        }
        String s = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
