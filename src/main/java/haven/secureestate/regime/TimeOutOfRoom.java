package haven.secureestate.regime;

import haven.clocks.rules.RoomConfinement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Computes a child's time out of room for a day from the movements record (SE-08); whether the day alerts is
 * decided by the clocks module's SE-08 rule. A day is the local
 * calendar day, so 23 or 25 hours long at the clock changes. Before the first movement the child is taken to be
 * in their room: a day with no record of leaving counts as a day confined, which is what an inspector would assume.
 */
public final class TimeOutOfRoom {

    private final ZoneId zone;
    private final RoomConfinement confinement;

    /** @param confinement SE-08 from the clocks module, which owns the 22-hour local parameter */
    public TimeOutOfRoom(ZoneId zone, RoomConfinement confinement) {
        this.zone = zone;
        this.confinement = confinement;
    }

    /**
     * @param placedFrom start of the child's placement (time before it is not counted)
     * @param placedUntil end of the placement, or null
     * @param asOf now: the current day is counted only up to this point
     */
    public DailyTimeOutOfRoom forDay(Long childPersonId, LocalDate day, List<Movement> movements,
                                     Instant placedFrom, Instant placedUntil, Instant asOf) {
        Instant from = latest(day.atStartOfDay(zone).toInstant(), placedFrom);
        Instant to = earliest(day.plusDays(1).atStartOfDay(zone).toInstant(), placedUntil, asOf);
        if (!to.isAfter(from)) {
            return new DailyTimeOutOfRoom(childPersonId, day, Duration.ZERO, Duration.ZERO, false);
        }
        List<Movement> sorted = movements.stream()
                .filter(m -> m.childPersonId().equals(childPersonId))
                .sorted(Comparator.comparing(Movement::at)).toList();
        boolean out = sorted.stream().filter(m -> m.at().isBefore(from)).reduce((a, b) -> b)
                .map(m -> m.kind() == MovementKind.LEFT_ROOM).orElse(false);
        Duration outside = Duration.ZERO;
        Instant cursor = from;
        for (Movement m : sorted) {
            if (m.at().isBefore(from)) {
                continue;
            }
            if (!m.at().isBefore(to)) {
                break;
            }
            if (out) {
                outside = outside.plus(Duration.between(cursor, m.at()));
            }
            cursor = m.at();
            out = m.kind() == MovementKind.LEFT_ROOM;
        }
        if (out) {
            outside = outside.plus(Duration.between(cursor, to));
        }
        Duration inRoom = Duration.between(from, to).minus(outside);
        // SE-08 judges whole days; a part day (arrival, leaving, today so far) is measured but never alerts
        boolean wholeDay = from.equals(day.atStartOfDay(zone).toInstant())
                && to.equals(day.plusDays(1).atStartOfDay(zone).toInstant());
        return new DailyTimeOutOfRoom(childPersonId, day, outside, inRoom,
                wholeDay && confinement.isConfinementAlert(day, outside));
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static Instant earliest(Instant a, Instant... others) {
        Instant r = a;
        for (Instant o : others) {
            if (o != null && o.isBefore(r)) {
                r = o;
            }
        }
        return r;
    }
}
