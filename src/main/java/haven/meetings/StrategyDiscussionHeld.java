package haven.meetings;

import java.time.Instant;

/** A strategy discussion was held and recorded; when s47 enquiries start, CP-05 runs to {@code conferenceDue}. */
public record StrategyDiscussionHeld(long discussionId, ConvenedFrom from, Investigation investigation,
                                     boolean s47Enquiries, boolean late, Instant conferenceDue) {
}
