package haven.secureestate.oversight;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** The national report as CSV: one row per establishment per month, the same measures as the dashboard. */
public final class NationalReportCsv {

    static final String[] HEADER = {"establishment", "type", "month", "average_children", "incidents",
            "use_of_force", "use_of_force_per_100_children", "pain_inducing", "face_down", "restraint_injuries",
            "strip_searches", "full_searches", "separations", "separation_breaches", "hours_out_of_room_p10",
            "hours_out_of_room_median", "hours_out_of_room_p90", "child_days_22h_in_room", "shifts_short_of_plan",
            "single_staffed_shifts", "locked_classroom_incidents", "missed_doses", "missed_appointments",
            "open_allegations"};

    private NationalReportCsv() {
    }

    public static void write(List<PeriodMeasures> rows, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (PeriodMeasures m : rows) {
                csv.printRecord(m.establishment(), m.type(), m.from().toString().substring(0, 7), m.averageChildren(),
                        m.incidents(), m.useOfForce(), m.useOfForcePer100Children(), m.painInducing(), m.faceDown(),
                        m.childInjuries(), m.stripSearches(), m.fullSearches(), m.separations(),
                        m.separationBreaches(), m.hoursOutOfRoomP10(), m.hoursOutOfRoomMedian(),
                        m.hoursOutOfRoomP90(), m.daysConfined22Hours(), m.shiftsShortOfPlan(),
                        m.singleStaffedShifts(), m.lockedClassroomIncidents(), m.missedDoses(),
                        m.lostAppointments(), m.openAllegations());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
