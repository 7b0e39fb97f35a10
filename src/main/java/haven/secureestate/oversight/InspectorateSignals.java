package haven.secureestate.oversight;

import haven.secureestate.oversight.InspectorateSignal.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the latest weeks of an establishment's measures the way an inspectorate would: the findings at
 * Medway and Rainsbrook (pain-inducing restraint, children confined to rooms, single-staffed units, children
 * locked in classrooms, missed medication, rising force) each become a signal.
 */
public final class InspectorateSignals {

    /** Rise in use of force per 100 children, latest week against the average of the weeks before, that is flagged. */
    static final double RISING_FORCE_RATIO = 1.25;

    private InspectorateSignals() {
    }

    /** @param weeks consecutive weekly measures, oldest first; the last one is the week being judged */
    public static List<InspectorateSignal> read(List<PeriodMeasures> weeks) {
        List<InspectorateSignal> signals = new ArrayList<>();
        if (weeks.isEmpty()) {
            return signals;
        }
        PeriodMeasures w = weeks.get(weeks.size() - 1);
        if (w.painInducing() > 0) {
            signals.add(new InspectorateSignal(Severity.URGENT, "SE-01",
                    w.painInducing() + " use(s) of force with a pain-inducing technique this week"));
        }
        if (w.childInjuries() > 0) {
            signals.add(new InspectorateSignal(Severity.URGENT, "SE-07",
                    w.childInjuries() + " restraint(s) injured a child this week; the safeguarding partnership is notified"));
        }
        if (w.daysConfined22Hours() > 0) {
            signals.add(new InspectorateSignal(Severity.URGENT, "SE-08",
                    w.daysConfined22Hours() + " child-day(s) with 22 hours or more in a room this week"));
        }
        if (w.singleStaffedShifts() > 0) {
            signals.add(new InspectorateSignal(Severity.URGENT, "STAFFING",
                    w.singleStaffedShifts() + " shift(s) with one member of staff on a unit with children"));
        }
        if (w.lockedClassroomIncidents() > 0) {
            signals.add(new InspectorateSignal(Severity.URGENT, "EDUCATION",
                    w.lockedClassroomIncidents() + " time(s) children were locked in a classroom without staff"));
        }
        if (w.separationBreaches() > 0) {
            signals.add(new InspectorateSignal(Severity.CONCERN, "SE-04/SE-05",
                    w.separationBreaches() + " separation(s) outside the observation or duration limits"));
        }
        if (w.missedDoses() + w.lostAppointments() > 0) {
            signals.add(new InspectorateSignal(Severity.CONCERN, "HEALTH",
                    w.missedDoses() + " missed dose(s) and " + w.lostAppointments() + " missed appointment(s) this week"));
        }
        if (w.faceDown() > 0) {
            signals.add(new InspectorateSignal(Severity.CONCERN, "SE-01",
                    w.faceDown() + " use(s) of force with a face-down hold this week"));
        }
        risingForce(weeks).ifPresent(signals::add);
        if (w.openAllegations() > 0) {
            signals.add(new InspectorateSignal(Severity.CONCERN, "AL-01",
                    w.openAllegations() + " allegation(s) against staff still open"));
        }
        return signals;
    }

    private static java.util.Optional<InspectorateSignal> risingForce(List<PeriodMeasures> weeks) {
        if (weeks.size() < 3) {
            return java.util.Optional.empty();
        }
        double latest = weeks.get(weeks.size() - 1).useOfForcePer100Children();
        double before = weeks.subList(0, weeks.size() - 1).stream()
                .mapToDouble(PeriodMeasures::useOfForcePer100Children).average().orElse(0);
        if (latest > 0 && latest >= before * RISING_FORCE_RATIO) {
            return java.util.Optional.of(new InspectorateSignal(Severity.CONCERN, "SE-01",
                    String.format("Use of force per 100 children rising: %.1f this week against %.1f before", latest, before)));
        }
        return java.util.Optional.empty();
    }
}
