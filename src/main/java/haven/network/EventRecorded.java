package haven.network;

import java.util.List;

/** An event was recorded for the first time, with the person records that took part. */
public record EventRecorded(long eventId, String type, List<Long> participantRecordIds) {
}
