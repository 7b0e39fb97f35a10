package haven.identity;

/** What a full re-link of all person records did. */
public record RelinkReport(int records, long comparisons, int automaticLinks, int queuedForReview, String trainedOn,
                           long millis) {
}
