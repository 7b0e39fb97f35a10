package haven.secureestate.oversight;

import haven.secureestate.education.EducationSession;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.Technique;
import haven.secureestate.force.TechniqueCatalogue;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.regime.DailyTimeOutOfRoom;
import haven.secureestate.regime.Movement;
import haven.secureestate.regime.TimeOutOfRoom;
import haven.secureestate.searches.Search;
import haven.secureestate.separation.SeparationBreach;
import haven.secureestate.separation.SeparationCheck;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.staffing.ShiftStaffing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Derives what the measures need from raw records: each child's time out of room for each day of the window, and
 * every separation breach. Shared by the dashboard, the national report and the demo check.
 */
public final class RecordsAssembler {

    private final ZoneId zone;
    private final TimeOutOfRoom timeOutOfRoom;
    private final SeparationCheck separationCheck;
    private final TechniqueCatalogue catalogue;

    public RecordsAssembler(ZoneId zone, TimeOutOfRoom timeOutOfRoom, SeparationCheck separationCheck,
                            TechniqueCatalogue catalogue) {
        this.zone = zone;
        this.timeOutOfRoom = timeOutOfRoom;
        this.separationCheck = separationCheck;
        this.catalogue = catalogue;
    }

    public EstablishmentRecords assemble(Establishment est, List<Placement> placements, List<Movement> movements,
                                         List<UseOfForce> force, List<Search> searches,
                                         List<SeparationEpisode> separations, List<ShiftStaffing> staffing,
                                         List<EducationSession> education, List<MedicationDose> doses,
                                         List<MedicalAppointment> appointments,
                                         EstablishmentRecords.OpenAllegations openAllegations,
                                         LocalDate from, LocalDate to, Instant asOf) {
        Map<Long, List<Movement>> byChild = movements.stream().collect(Collectors.groupingBy(Movement::childPersonId));
        LocalDate today = LocalDate.ofInstant(asOf, zone);
        List<DailyTimeOutOfRoom> days = new ArrayList<>();
        for (Placement p : placements) {
            List<Movement> own = byChild.getOrDefault(p.childPersonId(), List.of());
            for (LocalDate d = from; d.isBefore(to) && d.isBefore(today); d = d.plusDays(1)) {
                if (!p.overlaps(d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant())) {
                    continue;
                }
                // part days (arrival, departure) say little about confinement: count only whole days placed
                if (p.start().isAfter(d.atStartOfDay(zone).toInstant())
                        || (p.end() != null && p.end().isBefore(d.plusDays(1).atStartOfDay(zone).toInstant()))) {
                    continue;
                }
                days.add(timeOutOfRoom.forDay(p.childPersonId(), d, own, p.start(), p.end(), asOf));
            }
        }
        Map<Long, List<SeparationEpisode>> sepByChild = separations.stream()
                .collect(Collectors.groupingBy(SeparationEpisode::childPersonId));
        List<SeparationBreach> breaches = new ArrayList<>();
        for (SeparationEpisode e : separations) {
            breaches.addAll(separationCheck.check(est.type(), est.jurisdiction(), e, sepByChild.get(e.childPersonId()), asOf));
        }
        return new EstablishmentRecords(est, placements, force, searches, separations, breaches, days, staffing,
                education, doses, appointments, openAllegations,
                code -> catalogue.find(code).map(Technique::painInducing).orElse(false),
                code -> catalogue.find(code).map(Technique::faceDown).orElse(false));
    }
}
