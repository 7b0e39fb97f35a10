package haven.secureestate.oversight;

import haven.secureestate.education.EducationSession;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.regime.DailyTimeOutOfRoom;
import haven.secureestate.searches.Search;
import haven.secureestate.separation.SeparationBreach;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.staffing.ShiftStaffing;

import java.time.Instant;
import java.util.List;

/**
 * Everything recorded for one establishment that the measures are computed from, as loaded for a reporting window.
 * {@code openAllegationsAt} counts allegations still open at a point (supplied by the workforce module).
 */
public record EstablishmentRecords(Establishment establishment, List<Placement> placements,
                                   List<UseOfForce> usesOfForce, List<Search> searches,
                                   List<SeparationEpisode> separations, List<SeparationBreach> separationBreaches,
                                   List<DailyTimeOutOfRoom> timeOutOfRoom, List<ShiftStaffing> staffing,
                                   List<EducationSession> educationSessions, List<MedicationDose> doses,
                                   List<MedicalAppointment> appointments, OpenAllegations openAllegationsAt,
                                   java.util.function.Predicate<String> painInducingTechnique,
                                   java.util.function.Predicate<String> faceDownTechnique) {

    /** How many allegations against staff of the establishment were open at an instant. */
    @FunctionalInterface
    public interface OpenAllegations {
        int at(Instant instant);
    }
}
