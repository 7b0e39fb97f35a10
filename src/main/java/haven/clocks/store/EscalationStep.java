package haven.clocks.store;

import java.time.Instant;

/** An escalation step taken: who ({@code recipientUserId}, null if the chain had nobody there) and when it fell due. */
public record EscalationStep(long deadlineId, int level, String target, Long recipientUserId, Instant at) {
}
