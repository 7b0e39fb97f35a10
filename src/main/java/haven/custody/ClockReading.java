package haven.custody;

import java.time.Instant;

/**
 * One statutory clock on a custody record as the clocks engine computed it, and where it stands now.
 *
 * @param rule   the RULES.md id
 * @param status {@code open}, {@code warned}, {@code overdue}, {@code met} or {@code met late}
 */
public record ClockReading(String rule, String label, Instant due, String dueText, String status) {

    public boolean overdue() {
        return "overdue".equals(status);
    }
}
