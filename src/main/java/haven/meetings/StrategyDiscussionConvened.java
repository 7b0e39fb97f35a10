package haven.meetings;

import java.time.Instant;

/** A strategy discussion was convened; the CP-02 clock runs to {@code due}. */
public record StrategyDiscussionConvened(long discussionId, ConvenedFrom from, long childPersonId, Instant due) {
}
