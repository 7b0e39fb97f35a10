package haven.clocks.store;

import haven.clocks.DeadlineBreached;
import haven.clocks.DeadlineWarned;
import java.util.List;

/**
 * What one sweep pass did. {@code backlog} is true when a statement reached the batch limit, so another pass should
 * follow at once (after downtime, when many deadlines fall due together).
 */
public record SweepFindings(List<DeadlineBreached> breaches, List<EscalationStep> escalations, List<DeadlineWarned> warnings,
                            boolean backlog) {
}
