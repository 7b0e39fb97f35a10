package haven.secureestate.demo;

import haven.secureestate.education.EducationSession;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.regime.Movement;
import haven.secureestate.searches.Search;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.staffing.ShiftStaffing;
import haven.workforce.allegations.Allegation;
import haven.workforce.recruitment.StaffMember;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A generated demo area of the secure estate: two establishments and weeks of realistic records. */
public record DemoEstate(List<Establishment> establishments, List<StaffMember> staff, List<Placement> placements,
                         Map<Long, UUID> establishmentOfMovement, List<Movement> movements,
                         List<UseOfForce> usesOfForce, List<Search> searches, List<SeparationEpisode> separations,
                         List<ShiftStaffing> staffing, List<EducationSession> education, List<MedicationDose> doses,
                         List<MedicalAppointment> appointments, List<Allegation> allegations) {
}
