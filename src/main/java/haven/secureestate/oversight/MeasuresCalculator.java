package haven.secureestate.oversight;

import haven.secureestate.regime.DailyTimeOutOfRoom;
import haven.secureestate.searches.SearchKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

/** Turns an establishment's records into {@link PeriodMeasures} for a period of whole local days [from, to). */
public final class MeasuresCalculator {

    private final ZoneId zone;

    public MeasuresCalculator(ZoneId zone) {
        this.zone = zone;
    }

    public PeriodMeasures measure(EstablishmentRecords r, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        Predicate<Instant> in = t -> t != null && !t.isBefore(start) && t.isBefore(end);

        var force = r.usesOfForce().stream().filter(f -> in.test(f.startedAt())).toList();
        int pain = (int) force.stream().filter(f -> f.techniqueCodes().stream().anyMatch(r.painInducingTechnique())).count();
        int faceDown = (int) force.stream().filter(f -> f.techniqueCodes().stream().anyMatch(r.faceDownTechnique())).count();
        int injuries = (int) force.stream().filter(f -> f.childInjured()).count();
        var searches = r.searches().stream().filter(s -> in.test(s.conductedAt())).toList();
        int strip = (int) searches.stream().filter(s -> s.kind() == SearchKind.STRIP).count();
        int separations = (int) r.separations().stream().filter(s -> in.test(s.startedAt())).count();
        int breaches = (int) r.separationBreaches().stream().filter(b -> in.test(b.at())).count();
        List<DailyTimeOutOfRoom> days = r.timeOutOfRoom().stream()
                .filter(d -> !d.day().isBefore(from) && d.day().isBefore(to)).toList();
        double[] hours = days.stream().mapToDouble(DailyTimeOutOfRoom::hoursOutOfRoom).sorted().toArray();
        int confined = (int) days.stream().filter(DailyTimeOutOfRoom::alert).count();
        var shifts = r.staffing().stream().filter(s -> !s.day().isBefore(from) && s.day().isBefore(to)).toList();
        int locked = (int) r.educationSessions().stream().filter(e -> in.test(e.startsAt()))
                .filter(e -> e.isIncident()).count();
        int missed = (int) r.doses().stream().filter(d -> in.test(d.scheduledAt())).filter(d -> d.alertsHealthcareLead()).count();
        int lost = (int) r.appointments().stream().filter(a -> in.test(a.scheduledAt()))
                .filter(a -> a.alertsHealthcareLead()).count();

        return new PeriodMeasures(r.establishment().id(), r.establishment().name(), r.establishment().type().label(),
                from, to, averageChildren(r, from, to), force.size() + locked, force.size(), pain, faceDown,
                injuries, strip, searches.size() - strip, separations, breaches,
                percentile(hours, 10), percentile(hours, 50), percentile(hours, 90), confined,
                (int) shifts.stream().filter(s -> s.shortOfPlan()).count(),
                (int) shifts.stream().filter(s -> s.singleStaffed()).count(), locked, missed, lost,
                r.openAllegationsAt().at(end));
    }

    /** Average number of children held, counted at noon each day of the period. */
    private double averageChildren(EstablishmentRecords r, LocalDate from, LocalDate to) {
        long days = 0;
        long childDays = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            Instant noon = d.atTime(12, 0).atZone(zone).toInstant();
            childDays += r.placements().stream().filter(p -> p.isCurrentAt(noon)).count();
            days++;
        }
        return days == 0 ? 0 : Math.round(childDays * 10.0 / days) / 10.0;
    }

    /** Nearest-rank percentile; zero when there is no data. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        double v = sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        return Math.round(v * 10) / 10.0;
    }
}
