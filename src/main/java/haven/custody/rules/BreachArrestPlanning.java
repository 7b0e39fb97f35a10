package haven.custody.rules;

import haven.custody.PlanBreachArrest;

import java.time.LocalTime;
import java.util.Optional;

/**
 * PACE-11: a child arrested for breaching bail or remand conditions stays at the station until a court can hear
 * the case. Arresting when no court will sit again that day means a night in a cell; warn when the arrest is planned.
 * The court day is a local parameter.
 */
public final class BreachArrestPlanning {

    private final LocalTime courtDayStarts;
    private final LocalTime lastArrestForSameDayCourt;

    public BreachArrestPlanning(LocalTime courtDayStarts, LocalTime lastArrestForSameDayCourt) {
        this.courtDayStarts = courtDayStarts;
        this.lastArrestForSameDayCourt = lastArrestForSameDayCourt;
    }

    public Optional<String> warning(PlanBreachArrest plan) {
        if (plan.kind() == null || !plan.kind().isBreach() || plan.plannedFor() == null) {
            return Optional.empty();
        }
        LocalTime local = plan.plannedFor().atZone(Age.LONDON).toLocalTime();
        if (local.isBefore(courtDayStarts) || !local.isBefore(lastArrestForSameDayCourt)) {
            return Optional.of("PACE-11: an arrest at " + local.withSecond(0).withNano(0)
                    + " cannot reach a court today, so the child will spend the night in a cell. There is no duty "
                    + "to transfer a child arrested for a breach. Arrest between " + courtDayStarts + " and "
                    + lastArrestForSameDayCourt + " on a court day unless the risk cannot wait, and record why.");
        }
        return Optional.empty();
    }
}
