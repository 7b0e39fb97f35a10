package haven.network.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads one hop of the POLE graph for a whole frontier in one statement: links from and to
 * the frontier's people (through all their agencies' records), links to its places and
 * things, and event participation. Keys are {@code P}, {@code L}, {@code T} or {@code E}
 * followed by the id.
 */
@Repository
public class GraphStore {
    /** A link counts as current unless ended or past its end date. */
    static final String CURRENT = "(k.ended_at is null and (k.valid_to is null or k.valid_to >= :today))";
    /** The pseudo link type for taking part in an event, or an event happening at a place. */
    public static final String EVENT = "EVENT";

    private final JdbcClient jdbc;

    GraphStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Traversal.Step> edgesTouching(Set<String> frontier, Collection<String> types, boolean includeEnded,
                                              LocalDate today) {
        var ids = new HashMap<Character, List<Long>>();
        for (String key : frontier) {
            ids.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(Long.parseLong(key.substring(1)));
        }
        boolean events = types.contains(EVENT);
        String current = includeEnded ? "true" : CURRENT;
        String sql = """
                with recs as (select r.id, r.person_id from person_record r where r.person_id = any(:persons))
                select 'P' || recs.person_id,
                       case when k.to_record is not null then 'P' || rt.person_id
                            when k.to_location is not null then 'L' || k.to_location else 'T' || k.to_thing end,
                       k.type, %1$s
                from link k join recs on recs.id = k.from_record left join person_record rt on rt.id = k.to_record
                where k.type = any(:types) and %2$s
                union all
                select 'P' || recs.person_id, 'P' || rf.person_id, k.type, %1$s
                from link k join recs on recs.id = k.to_record join person_record rf on rf.id = k.from_record
                where k.type = any(:types) and %2$s
                union all
                select 'L' || k.to_location, 'P' || rf.person_id, k.type, %1$s
                from link k join person_record rf on rf.id = k.from_record
                where k.to_location = any(:locations) and k.type = any(:types) and %2$s
                union all
                select 'T' || k.to_thing, 'P' || rf.person_id, k.type, %1$s
                from link k join person_record rf on rf.id = k.from_record
                where k.to_thing = any(:things) and k.type = any(:types) and %2$s
                union all
                select 'P' || recs.person_id, 'E' || ep.event_id, 'EVENT', true
                from event_participant ep join recs on recs.id = ep.record_id where :events
                union all
                select 'E' || ep.event_id, 'P' || r.person_id, 'EVENT', true
                from event_participant ep join person_record r on r.id = ep.record_id
                where :events and ep.event_id = any(:eventIds)
                union all
                select 'E' || e.id, 'L' || e.location_id, 'EVENT', true from event e
                where :events and e.id = any(:eventIds) and e.location_id is not null
                union all
                select 'L' || e.location_id, 'E' || e.id, 'EVENT', true from event e
                where :events and e.location_id = any(:locations)
                """.formatted(CURRENT, current);
        return jdbc.sql(sql)
                .param("persons", array(ids.get('P'))).param("locations", array(ids.get('L')))
                .param("things", array(ids.get('T'))).param("eventIds", array(ids.get('E')))
                .param("types", types.toArray(String[]::new)).param("events", events).param("today", today)
                .query((rs, i) -> new Traversal.Step(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** What the graph needs to draw a person: whether they are a child (any record under 18, C-01). */
    public Map<Long, Boolean> childhood(Collection<Long> personIds, LocalDate today) {
        var result = new HashMap<Long, Boolean>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select person_id, bool_or(date_of_birth > :cutoff) from person_record
                where person_id = any(:ids) group by person_id""")
                .param("ids", personIds.toArray(Long[]::new)).param("cutoff", today.minusYears(18))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getBoolean(2));
                });
        return result;
    }

    /** Address lines of places, by id. */
    public Map<Long, String[]> places(Collection<Long> ids) {
        var result = new HashMap<Long, String[]>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, address_line, coalesce(town, ''), coalesce(postcode, ''), area_code from location where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                });
        return result;
    }

    /** Phones, vehicles and devices: type and identifier, by id. */
    public Map<Long, String> things(Collection<Long> ids) {
        var result = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, type, identifier from thing where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getString(2).charAt(0) + rs.getString(2).substring(1).toLowerCase()
                            .replace('_', ' ') + " " + rs.getString(3));
                });
        return result;
    }

    /** Events: type, when, the recording agency and whether restricted, by id. */
    public Map<Long, String[]> events(Collection<Long> ids) {
        var result = new HashMap<Long, String[]>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select e.id, e.type, to_char(e.occurred_at at time zone 'Europe/London', 'DD Mon YYYY'), a.name,
                       e.sensitivity = 'RESTRICTED'
                from event e join agency a on a.id = e.agency_id where e.id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            String.valueOf(rs.getBoolean(5))});
                });
        return result;
    }

    private static Long[] array(List<Long> ids) {
        return ids == null ? new Long[0] : ids.toArray(Long[]::new);
    }
}
