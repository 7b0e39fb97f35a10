package haven.network;

import java.util.List;

/** Several events were recorded at once (an import or the demo area). */
public record EventsRecorded(List<Long> eventIds) {
}
