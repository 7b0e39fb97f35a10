package haven.custody;

import java.time.Instant;

/**
 * One statutory clock on a custody record as the clocks engine computed it, and where it stands now.
 *
 * @param rule   the RULES.md id
 * @param status {@code open}, {@code warned}, {@code overdue} (due and not done), {@code met}, {@code met late} (a duty done late) or {@code breached} (a limit passed)
 */
public record ClockReading(String rule, String label, Instant due, String dueText, String status) {

    public boolean overdue() {
        return "overdue".equals(status) || "breached".equals(status);
    }
}
