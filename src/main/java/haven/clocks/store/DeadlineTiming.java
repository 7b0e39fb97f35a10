package haven.clocks.store;

import haven.clocks.Schedule;
import java.time.Instant;
import java.util.List;

/** A deadline's due time, kind and warnings: a schedule's main deadline or one of its milestones. */
public record DeadlineTiming(Instant due, Schedule.DueKind kind, List<Instant> warnings) {
}
