package haven.meetings.web;

import haven.clocks.LondonTime;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * Shows a deadline as practitioners read it ({@code ${@due.of(x)}}): a day-based deadline, due
 * at London midnight, reads "end of Tue 1 Dec 2026" rather than the next day at 00:00.
 */
@Component("due")
class DueFormat {
    public String of(Instant due) {
        if (due == null) {
            return "";
        }
        boolean midnight = due.atZone(LondonTime.ZONE).toLocalTime().equals(LocalTime.MIDNIGHT);
        return midnight ? "end of " + LondonTime.format(LondonTime.dateOf(due.minusNanos(1))) : LondonTime.format(due);
    }
}
