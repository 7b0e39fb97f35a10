package haven.secureestate.regime;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** How long a child spent out of and in their room on one day (Europe/London), and whether SE-08 alerts. */
public record DailyTimeOutOfRoom(Long childPersonId, LocalDate day, Duration outOfRoom, Duration inRoom,
                                 boolean alert) {

    public double hoursOutOfRoom() {
        return outOfRoom.toMinutes() / 60.0;
    }
}
