package haven.network.internal;

import haven.identity.HomeAddresses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers identity's question of where each record lives now: its current LIVES_AT link (the latest started, when
 * the record's agency gave more than one) and that place's address, postcode and town.
 */
@Component
class RecordHomes implements HomeAddresses {
    /** Record ids asked for in one statement. */
    private static final int BATCH = 50_000;

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    RecordHomes(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, Home> currentHomes(Collection<Long> recordIds) {
        var out = new HashMap<Long, Home>(recordIds.size() * 2);
        List<Long> ids = new ArrayList<>(recordIds);
        LocalDate today = LocalDate.now(clock.withZone(haven.platform.time.LondonTime.ZONE));
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.sql("""
                    select distinct on (k.from_record) k.from_record, l.address_line, l.postcode, l.town
                    from link k join location l on l.id = k.to_location
                    where k.from_record = any(:ids) and k.type = 'LIVES_AT' and k.ended_at is null
                      and (k.valid_to is null or k.valid_to >= :today)
                    order by k.from_record, k.valid_from desc nulls last, k.id desc""")
                    .param("ids", batch.toArray(Long[]::new)).param("today", today)
                    .query(rs -> {
                        out.put(rs.getLong(1), new Home(rs.getString(2), rs.getString(3), rs.getString(4)));
                    });
        }
        return out;
    }
}
