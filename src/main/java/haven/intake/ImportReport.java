package haven.intake;

import java.util.List;

/** What an import did: counts, and each rejected row with the field and the reason. */
public record ImportReport(long runId, String fileName, int total, int created, int updated, int unchanged, int rejected,
                           List<Rejection> rejections, double seconds) {

    /** A row that was not imported, and why. */
    public record Rejection(int row, String field, String message) {
    }

    public double rowsPerSecond() {
        return seconds == 0 ? total : total / seconds;
    }
}
