package haven.network.internal;

import haven.network.ChronologyEntry;
import haven.network.EventDraft;
import haven.network.LinkDraft;
import haven.network.LinkView;
import haven.network.Location;
import haven.network.LocationDraft;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The tables of the POLE model, in plain SQL; batch paths take JSON row sets. */
@Repository
public class NetworkStore {
    private static final RowMapper<Location> LOCATION = (rs, i) -> new Location(rs.getLong("id"), rs.getString("address_line"),
            rs.getString("town"), rs.getString("postcode"), rs.getObject("latitude", Double.class),
            rs.getObject("longitude", Double.class), rs.getString("area_code"));

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final haven.platform.db.CopyIn copy;

    NetworkStore(JdbcClient jdbc, JsonMapper json, haven.platform.db.CopyIn copy) {
        this.jdbc = jdbc;
        this.json = json;
        this.copy = copy;
    }

    /** Finds or creates each location; ids come back in the order of the drafts. */
    public List<Long> locate(List<LocationDraft> drafts, String by, Instant now) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        // the batch goes in by COPY, parsed once (CopyIn); the statement below reads it
        jdbc.sql("""
                create temp table if not exists incoming_location (n int, l text, t text, p text, lat float8, lon float8,
                    a text) on commit delete rows""").update();
        jdbc.sql("truncate incoming_location").update();
        int[] row = {0};
        copy.into("incoming_location (n, l, t, p, lat, lon, a)", drafts, (d, v) -> v.add(row[0]++)
                .add(d.addressLine().strip()).add(d.town())
                .add(d.postcode() == null ? null : d.postcode().strip().toUpperCase(java.util.Locale.ROOT))
                .add(d.latitude()).add(d.longitude()).add(d.areaCode()));
        // One statement. Each distinct address of the batch (a household's members share one) is looked up
        // once through the unique index on (lower(address_line), postcode_key), and those not found are
        // inserted. Addresses with and without a postcode are looked up apart, so that each lookup uses both
        // columns of the index (an OR of the two would read every location sharing the first line, and
        // streets repeat across towns). A single space stands for "no postcode" (a postcode key has no spaces).
        var ids = new Long[drafts.size()];
        jdbc.sql("""
                with x as (
                    select n, l, t, p, lat, lon, a, lower(l) as ll, coalesce(upper(replace(p, ' ', '')), ' ') as pk
                    from incoming_location),
                d as (
                    select distinct on (ll, pk) ll, pk, l, t, p, lat, lon, a from x order by ll, pk, n),
                known as (
                    select d.*, case when d.pk = ' '
                        then (select min(loc.id) from location loc where lower(loc.address_line) = d.ll
                              and loc.postcode_key is null)
                        else (select loc.id from location loc where lower(loc.address_line) = d.ll
                              and loc.postcode_key = d.pk) end as id
                    from d),
                ins as (
                    insert into location (address_line, town, postcode, latitude, longitude, area_code, created_at, created_by)
                    select l, t, p, lat, lon, a, :now, :by from known where id is null
                    order by ll, pk
                    on conflict do nothing
                    returning id, lower(address_line) as ll, coalesce(postcode_key, ' ') as pk)
                select x.n, coalesce(k.id, i.id)
                from x join known k on k.ll = x.ll and k.pk = x.pk
                left join ins i on i.ll = x.ll and i.pk = x.pk""")
                .param("now", Timestamp.from(now)).param("by", by)
                .query(rs -> {
                    // the position first: wasNull() answers for the column read last, which must be the id
                    int n = rs.getInt(1);
                    long id = rs.getLong(2);
                    ids[n] = rs.wasNull() ? null : id;
                });
        // An address another import inserted while this statement ran was skipped by "on conflict"
        // but is not in this statement's snapshot; a new statement sees it once that import commits.
        for (int n = 0; n < ids.length; n++) {
            if (ids[n] == null) {
                var d = drafts.get(n);
                String key = d.postcode() == null ? null : d.postcode().strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
                ids[n] = jdbc.sql("""
                        select min(id) from location
                        where lower(address_line) = lower(:l) and postcode_key is not distinct from :pk""")
                        .param("l", d.addressLine().strip()).param("pk", key).query(Long.class).single();
            }
        }
        return List.of(ids);
    }

    public Optional<Location> location(long id) {
        return jdbc.sql("select * from location where id = :id").param("id", id).query(LOCATION).optional();
    }

    public List<Location> locationsMatching(String text, int limit) {
        String key = text.strip().toUpperCase().replace(" ", "");
        return jdbc.sql("""
                select * from location where postcode_key = :key or lower(address_line) % lower(:t)
                order by (postcode_key = :key) desc, similarity(lower(address_line), lower(:t)) desc limit :n""")
                .param("key", key).param("t", text.strip()).param("n", limit).query(LOCATION).list();
    }

    public long thing(String type, String identifier, String description, String by, Instant now) {
        jdbc.sql("""
                insert into thing (type, identifier, description, created_at, created_by) values (:t, :i, :d, :now, :by)
                on conflict (type, identifier) do nothing""")
                .param("t", type).param("i", identifier.strip()).param("d", description)
                .param("now", Timestamp.from(now)).param("by", by).update();
        return jdbc.sql("select id from thing where type = :t and identifier = :i")
                .param("t", type).param("i", identifier.strip()).query(Long.class).single();
    }

    /** Inserts links not seen before (same agency, system and id) and returns how many were new. */
    public int link(List<LinkDraft> links, Instant now) {
        if (links.isEmpty()) {
            return 0;
        }
        var rows = links.stream().map(l -> {
            var m = new HashMap<String, Object>();
            m.put("k", l.kind());
            m.put("t", l.type());
            m.put("f", l.fromRecord());
            m.put("r", l.toRecord());
            m.put("l", l.toLocation());
            m.put("th", l.toThing());
            m.put("vf", l.validFrom() == null ? null : l.validFrom().toString());
            m.put("vt", l.validTo() == null ? null : l.validTo().toString());
            m.put("a", l.source().agencyId());
            m.put("s", l.source().sourceSystem());
            m.put("i", l.source().sourceId());
            m.put("lb", l.source().lawfulBasis());
            m.put("by", l.source().recordedBy());
            return m;
        }).toList();
        return jdbc.sql("""
                insert into link (kind, type, from_record, to_record, to_location, to_thing, valid_from, valid_to, agency_id,
                    source_system, source_id, lawful_basis, recorded_by, recorded_at)
                select k, t, f, r, l, th, vf, vt, a, s, i, lb, by, :now
                from jsonb_to_recordset(:rows::jsonb) x(k text, t text, f bigint, r bigint, l bigint, th bigint, vf date,
                     vt date, a bigint, s text, i text, lb text, by text)
                on conflict (agency_id, source_system, source_id) do nothing""")
                .param("rows", json.writeValueAsString(rows)).param("now", Timestamp.from(now)).update();
    }

    /**
     * Links each record to its home (a LIVES_AT link) and ends the home it had before from the
     * same agency and system: the old link gets {@code valid_to} (the new home's start, or
     * {@code today}) and who ended it, when and why; nothing is deleted. A record already
     * living at that address from that source is left as it is, so a repeat changes nothing;
     * a record moving back to an earlier address gets a new link, since the old one stays ended.
     * Returns the records given a new link.
     */
    public List<Long> homes(List<LinkDraft> homes, String reason, LocalDate today, Instant now) {
        if (homes.isEmpty()) {
            return List.of();
        }
        // the homes these records have already, read once through the index on from_record
        record Home(long id, long location, long agency, String system, boolean current) {
        }
        var known = new HashMap<Long, List<Home>>();
        jdbc.sql("""
                select id, from_record, to_location, agency_id, source_system, ended_at is null from link
                where from_record = any(:records) and type = 'LIVES_AT'""")
                .param("records", homes.stream().map(LinkDraft::fromRecord).distinct().toArray(Long[]::new))
                .query(rs -> {
                    known.computeIfAbsent(rs.getLong(2), r -> new ArrayList<>())
                            .add(new Home(rs.getLong(1), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getBoolean(6)));
                });
        var ending = new ArrayList<Map<String, Object>>();
        var rows = new ArrayList<NewHome>();
        for (var l : homes) {
            LocalDate from = l.validFrom() == null ? today : l.validFrom();
            int before = 0;
            boolean there = false;
            for (var h : known.getOrDefault(l.fromRecord(), List.of())) {
                if (h.agency() != l.source().agencyId() || !h.system().equals(l.source().sourceSystem())) {
                    continue; // another source's view of where they live is not this source's to end
                }
                if (h.location() == l.toLocation()) {
                    before++;
                    there |= h.current();
                } else if (h.current()) {
                    ending.add(Map.of("id", h.id(), "vt", from.toString(), "by", l.source().recordedBy()));
                }
            }
            if (there) {
                continue;
            }
            // moving back to an earlier home: the ended link stays as it was and a new one starts
            rows.add(new NewHome(l, before == 0 ? l.source().sourceId() : l.source().sourceId() + "/" + (before + 1)));
        }
        if (!ending.isEmpty()) {
            jdbc.sql("""
                    update link k set valid_to = greatest(k.valid_from, least(x.vt, coalesce(k.valid_to, x.vt))),
                        ended_by = x.by, ended_at = :now, ended_reason = :reason
                    from jsonb_to_recordset(:rows::jsonb) x(id bigint, vt date, by text)
                    where k.id = x.id and k.ended_at is null""")
                    .param("rows", json.writeValueAsString(ending)).param("now", Timestamp.from(now))
                    .param("reason", reason).update();
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        // A plain insert, not "on conflict do nothing" (a seventh cheaper): the homes these records have were read
        // above in this transaction. Another import adds one of these links only when it imports the same row at
        // the same moment; then the unique key refuses this batch, and the importer stores it again in halves,
        // which read that home and leave it as it is.
        jdbc.sql("""
                create temp table if not exists incoming_home (f bigint, l bigint, vf date, a bigint, s text, i text,
                    lb text, by text) on commit delete rows""").update();
        jdbc.sql("truncate incoming_home").update();
        copy.into("incoming_home (f, l, vf, a, s, i, lb, by)", rows, (h, v) -> v.add(h.link().fromRecord())
                .add(h.link().toLocation()).add(h.link().validFrom()).add(h.link().source().agencyId())
                .add(h.link().source().sourceSystem()).add(h.sourceId()).add(h.link().source().lawfulBasis())
                .add(h.link().source().recordedBy()));
        var linked = jdbc.sql("""
                insert into link (kind, type, from_record, to_location, valid_from, agency_id, source_system, source_id,
                    lawful_basis, recorded_by, recorded_at)
                select 'PERSON_LOCATION', 'LIVES_AT', f, l, vf, a, s, i, lb, by, :now from incoming_home
                returning from_record""")
                .param("now", Timestamp.from(now)).query(Long.class).list();
        return linked;
    }

    /** A home to link, with the source id it is stored under. */
    private record NewHome(LinkDraft link, String sourceId) {
    }

    /**
     * After a batch that at least doubled the links since the planner last counted them, refreshes the statistics of
     * links and locations in the same transaction, so the co-location check that follows the commit is not planned
     * for the small tables the last analyse saw (a nested loop over a link table thought tiny ran for more than ten
     * minutes after an import into the small area). To be called as a batch's last statement (see
     * {@code RecordStore.refreshStatisticsAfterGrowth}).
     */
    public void refreshStatisticsAfterGrowth(int added) {
        if (added < 1_000) {
            return;
        }
        double known = jdbc.sql("select greatest(reltuples, 0) from pg_class where oid = cast('link' as regclass)")
                .query(Double.class).single();
        if (added >= known) {
            jdbc.sql("analyze link, location").update();
        }
    }

    /** Records an event; returns its id and whether it was new (an event seen before is left as it is). */
    public Map.Entry<Long, Boolean> event(EventDraft e, Instant now) {
        var existing = jdbc.sql("select id from event where agency_id = :a and source_system = :s and source_id = :i")
                .param("a", e.source().agencyId()).param("s", e.source().sourceSystem()).param("i", e.source().sourceId())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return Map.entry(existing.get(), false);
        }
        long id = jdbc.sql("""
                insert into event (type, occurred_at, ended_at, location_id, agency_id, source_system, source_id, summary,
                    sensitivity, lawful_basis, recorded_by, recorded_at)
                values (:type, :at, :end, :loc, :a, :s, :i, :summary, :sens, :lb, :by, :now) returning id""")
                .param("type", e.type()).param("at", Timestamp.from(e.occurredAt()))
                .param("end", e.endedAt() == null ? null : Timestamp.from(e.endedAt())).param("loc", e.locationId())
                .param("a", e.source().agencyId()).param("s", e.source().sourceSystem()).param("i", e.source().sourceId())
                .param("summary", e.summary()).param("sens", e.restricted() ? "RESTRICTED" : "NORMAL")
                .param("lb", e.source().lawfulBasis()).param("by", e.source().recordedBy()).param("now", Timestamp.from(now))
                .query(Long.class).single();
        for (var p : e.participants()) {
            jdbc.sql("insert into event_participant (event_id, record_id, role) values (:e, :r, :role) on conflict do nothing")
                    .param("e", id).param("r", p.recordId()).param("role", p.role()).update();
        }
        jdbc.sql("""
                insert into event_version (event_id, version, data, changed_by, changed_at, reason)
                select id, version, to_jsonb(ev), :by, :now, 'recorded' from event ev where id = :id""")
                .param("by", e.source().recordedBy()).param("now", Timestamp.from(now)).param("id", id).update();
        return Map.entry(id, true);
    }

    /**
     * Records many events in one pass; events already known (same agency, system and id)
     * are left as they are. Returns the ids of the new events, in no particular order.
     */
    public List<Long> events(List<EventDraft> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<Map<String, Object>>();
        var participants = new ArrayList<Map<String, Object>>();
        for (var e : drafts) {
            var m = new HashMap<String, Object>();
            m.put("t", e.type());
            m.put("at", e.occurredAt().toString());
            m.put("end", e.endedAt() == null ? null : e.endedAt().toString());
            m.put("loc", e.locationId());
            m.put("a", e.source().agencyId());
            m.put("s", e.source().sourceSystem());
            m.put("i", e.source().sourceId());
            m.put("sum", e.summary());
            m.put("sens", e.restricted() ? "RESTRICTED" : "NORMAL");
            m.put("lb", e.source().lawfulBasis());
            m.put("by", e.source().recordedBy());
            rows.add(m);
            for (var p : e.participants()) {
                participants.add(Map.of("a", e.source().agencyId(), "s", e.source().sourceSystem(), "i", e.source().sourceId(),
                        "r", p.recordId(), "role", p.role()));
            }
        }
        List<Long> ids = jdbc.sql("""
                insert into event (type, occurred_at, ended_at, location_id, agency_id, source_system, source_id, summary,
                    sensitivity, lawful_basis, recorded_by, recorded_at)
                select t, at, "end", loc, a, s, i, sum, sens, lb, by, :now
                from jsonb_to_recordset(:rows::jsonb) x(t text, at timestamptz, "end" timestamptz, loc bigint, a bigint, s text,
                     i text, sum text, sens text, lb text, by text)
                on conflict (agency_id, source_system, source_id) do nothing
                returning id""")
                .param("rows", json.writeValueAsString(rows)).param("now", Timestamp.from(now)).query(Long.class).list();
        if (ids.isEmpty()) {
            return ids;
        }
        String idJson = json.writeValueAsString(ids);
        jdbc.sql("""
                insert into event_participant (event_id, record_id, role)
                select e.id, p.r, p.role from jsonb_to_recordset(:p::jsonb) p(a bigint, s text, i text, r bigint, role text)
                join event e on e.agency_id = p.a and e.source_system = p.s and e.source_id = p.i
                where e.id in (select jsonb_array_elements_text(:ids::jsonb)::bigint)
                on conflict do nothing""")
                .param("p", json.writeValueAsString(participants)).param("ids", idJson).update();
        jdbc.sql("""
                insert into event_version (event_id, version, data, changed_by, changed_at, reason)
                select id, version, to_jsonb(ev), recorded_by, :now, 'recorded' from event ev
                where id in (select jsonb_array_elements_text(:ids::jsonb)::bigint)""")
                .param("ids", idJson).param("now", Timestamp.from(now)).update();
        return ids;
    }

    public List<ChronologyEntry> chronology(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id, e.type, e.occurred_at, e.ended_at, a.name, a.type as agency_type,
                       string_agg(distinct p.role, ', ') as role, e.summary, e.sensitivity = 'RESTRICTED' as restricted,
                       e.location_id, l.address_line || coalesce(', ' || l.postcode, '') as location,
                       e.source_system, e.recorded_by, e.recorded_at
                from event_participant p
                join event e on e.id = p.event_id
                join agency a on a.id = e.agency_id
                left join location l on l.id = e.location_id
                where p.record_id in (select jsonb_array_elements_text(:ids::jsonb)::bigint)
                group by e.id, a.name, a.type, l.address_line, l.postcode
                order by e.occurred_at desc, e.id desc""")
                .param("ids", json.writeValueAsString(recordIds))
                .query((rs, i) -> new ChronologyEntry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getObject(10, Long.class), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant()))
                .list();
    }

    public List<ChronologyEntry> eventsAt(long locationId, int limit) {
        return jdbc.sql("""
                select e.id, e.type, e.occurred_at, e.ended_at, a.name, a.type, null, e.summary,
                       e.sensitivity = 'RESTRICTED', e.location_id, null, e.source_system, e.recorded_by, e.recorded_at
                from event e join agency a on a.id = e.agency_id where e.location_id = :l
                order by e.occurred_at desc limit :n""")
                .param("l", locationId).param("n", limit)
                .query((rs, i) -> new ChronologyEntry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                        null, rs.getString(8), rs.getBoolean(9), rs.getObject(10, Long.class), null,
                        rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant()))
                .list();
    }

    /** Links from (or to) any of these records, with the other end resolved to a person, place or thing. */
    public List<LinkView> linksOf(Collection<Long> recordIds, LocalDate today) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with mine as (select jsonb_array_elements_text(:ids::jsonb)::bigint as id)
                select k.id, k.kind, k.type, k.from_record,
                       case when k.from_record in (select id from mine) then tr.person_id else fr.person_id end as other_person,
                       k.to_location, l.address_line || coalesce(', ' || l.postcode, ''),
                       k.to_thing, t.type || ' ' || t.identifier, k.valid_from, k.valid_to, a.name, k.lawful_basis,
                       (k.valid_to is null or k.valid_to >= :today) and k.ended_at is null as current
                from link k
                join agency a on a.id = k.agency_id
                left join person_record tr on tr.id = k.to_record
                left join person_record fr on fr.id = k.from_record
                left join location l on l.id = k.to_location
                left join thing t on t.id = k.to_thing
                where k.id in (select id from link where from_record in (select id from mine)
                               union select id from link where to_record in (select id from mine))
                order by current desc, k.valid_from desc nulls last, k.id""")
                .param("ids", json.writeValueAsString(recordIds)).param("today", today)
                .query((rs, i) -> new LinkView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Long.class),
                        rs.getString(9), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getString(12),
                        rs.getString(13), rs.getBoolean(14)))
                .list();
    }

    /** The persons linked to a location, with the link type and whether it is current. */
    public List<Map.Entry<Long, LinkView>> peopleAt(long locationId, LocalDate today) {
        return jdbc.sql("""
                select r.person_id, k.id, k.type, k.from_record, k.valid_from, k.valid_to, a.name, k.lawful_basis,
                       (k.valid_to is null or k.valid_to >= :today) and k.ended_at is null as current
                from link k join person_record r on r.id = k.from_record join agency a on a.id = k.agency_id
                where k.to_location = :l order by current desc, k.valid_from desc nulls last""")
                .param("l", locationId).param("today", today)
                .query((rs, i) -> Map.entry(rs.getLong(1), new LinkView(rs.getLong(2), "PERSON_LOCATION", rs.getString(3),
                        rs.getLong(4), rs.getLong(1), locationId, null, null, null, rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getBoolean(9))))
                .list();
    }

    /** Local authority areas of the person's current homes (or, lacking one, of the agencies holding records). */
    public List<String> areasOf(long personId, LocalDate today) {
        var homes = jdbc.sql("""
                select distinct l.area_code from person_record r
                join link k on k.from_record = r.id and k.type = 'LIVES_AT' and k.ended_at is null
                     and (k.valid_to is null or k.valid_to >= :today)
                join location l on l.id = k.to_location
                where r.person_id = :p and l.area_code is not null""")
                .param("p", personId).param("today", today).query(String.class).list();
        if (!homes.isEmpty()) {
            return homes;
        }
        return jdbc.sql("""
                select distinct a.area_code from person_record r join agency a on a.id = r.agency_id
                join area ar on ar.code = a.area_code
                where r.person_id = :p and ar.kind = 'LOCAL_AUTHORITY'""")
                .param("p", personId).query(String.class).list();
    }

    /** Person ids with a record linked to a location whose address or postcode matches. */
    public List<Long> personsAtAddress(String text, int limit) {
        String key = text.strip().toUpperCase().replace(" ", "");
        return jdbc.sql("""
                select distinct r.person_id from location l
                join link k on k.to_location = l.id join person_record r on r.id = k.from_record
                where l.postcode_key = :key or lower(l.address_line) % lower(:t)
                limit :n""")
                .param("key", key).param("t", text.strip()).param("n", limit).query(Long.class).list();
    }
}
