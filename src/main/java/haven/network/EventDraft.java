package haven.network;

import java.time.Instant;
import java.util.List;

/** Something that happened, recorded by one agency, with who took part and where. */
public record EventDraft(Source source, String type, Instant occurredAt, Instant endedAt, Long locationId, String summary,
                         boolean restricted, List<Participant> participants) {
    public EventDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    @Override
    public String toString() {
        return "EventDraft[type=" + type + ", source=" + source.sourceSystem() + "/" + source.sourceId() + "]";
    }
}
