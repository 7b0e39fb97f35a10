package haven.secureestate.oversight;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The oversight measures for one establishment over one period (a week for the dashboard, a month for the
 * national report). Aggregates only: no child is identified.
 */
public record PeriodMeasures(UUID establishmentId, String establishment, String type, LocalDate from, LocalDate to,
                             double averageChildren, int incidents, int useOfForce, int painInducing, int faceDown,
                             int childInjuries, int stripSearches, int fullSearches, int separations,
                             int separationBreaches, double hoursOutOfRoomP10, double hoursOutOfRoomMedian,
                             double hoursOutOfRoomP90, int daysConfined22Hours, int shiftsShortOfPlan,
                             int singleStaffedShifts, int lockedClassroomIncidents, int missedDoses,
                             int lostAppointments, int openAllegations) {

    /** Use of force per 100 children held on average over the period, so establishments of any size compare. */
    public double useOfForcePer100Children() {
        return averageChildren <= 0 ? 0 : Math.round(useOfForce * 1000.0 / averageChildren) / 10.0;
    }

    /** Shifts short of plan: the dashboard's staffing gap measure. */
    public int staffingGaps() {
        return shiftsShortOfPlan;
    }
}
