package haven.custody;

import haven.custody.rules.AppropriateAdultDelay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A child in custody now, as the dashboard lists them: ids, times and clocks, no names. */
public record InCustody(long recordId, String custodyNumber, String suite, Integer age, Instant arrivedAt,
                        Duration inCustodyFor, List<ClockReading> clocks, AppropriateAdultDelay appropriateAdult) {
}
