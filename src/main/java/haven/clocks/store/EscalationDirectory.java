package haven.clocks.store;

import java.util.Map;

/** Who is above whom for the sweep: owner to supervisor, agency to senior lead (ids from the access module). */
public record EscalationDirectory(Map<Long, Long> supervisorOf, Map<Long, Long> seniorLeadOf) {
}
