package haven.network;

import java.util.List;

/** New links were recorded from these person records (the co-location checks listen for this). */
public record LinksRecorded(List<Long> fromRecordIds) {
}
