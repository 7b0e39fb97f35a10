package haven.identity.internal;

import haven.identity.PersonRecord;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The person_record table and its version history, in plain SQL. */
@Repository
public class RecordStore {
    static final String COLUMNS = """
            r.id, r.person_id, r.agency_id, a.name as agency_name, r.source_system, r.source_id, r.given_names,
            r.family_name, r.aliases, r.date_of_birth, r.sex, r.nhs_number, r.pnc_id, r.upn, r.la_id, r.phone, r.email,
            r.sealed, r.lawful_basis, r.version, r.recorded_by, r.recorded_at""";
    static final String FROM = " from person_record r join agency a on a.id = r.agency_id ";

    public static final RowMapper<PersonRecord> RECORD = RecordStore::map;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final haven.platform.db.CopyIn copy;

    RecordStore(JdbcClient jdbc, JsonMapper json, haven.platform.db.CopyIn copy) {
        this.jdbc = jdbc;
        this.json = json;
        this.copy = copy;
    }

    /**
     * Adds the batch's surnames and first given names to the name tables that search reads (what the
     * {@code remember_name_terms} trigger would add as the records are inserted), ahead of the batch and in a
     * transaction of its own. Two batches written side by side then find the names already committed, instead of
     * the second waiting at its insert for the first to commit the names they share. A name kept before its record
     * lands costs nothing: search finds no record under it.
     */
    public void rememberNames(List<PersonRecordDraft> drafts) {
        jdbc.sql("""
                insert into family_name_term (name)
                select distinct lower(f) from unnest(:f::text[]) as f where f <> '' order by 1 on conflict do nothing""")
                .param("f", drafts.stream().map(d -> d.familyName().strip()).distinct().toArray(String[]::new)).update();
        jdbc.sql("""
                insert into given_name_term (name)
                select distinct lower(split_part(g, ' ', 1)) from unnest(:g::text[]) as g where g <> '' order by 1
                on conflict do nothing""")
                .param("g", drafts.stream().map(d -> d.givenNames().strip()).distinct().toArray(String[]::new)).update();
    }

    /** A batch of normalised drafts copied into this transaction's {@code incoming_record}, row n for draft n. */
    public record Staged(List<PersonRecordDraft> drafts) {
    }

    /**
     * Copies a batch of normalised drafts into the temporary table {@code incoming_record} (emptied at each commit),
     * so that finding the stored ones and inserting the new ones read it instead of parsing the batch twice. Values
     * are cleaned as they are stored. Must run in the batch's transaction.
     */
    public Staged stage(List<PersonRecordDraft> drafts) {
        jdbc.sql("""
                create temp table if not exists incoming_record (n int, a bigint, s text, i text, g text, f text,
                    al text[], d date, sx text, nhs text, pnc text, upn text, la text, ph text, em text, sealed boolean,
                    lb text) on commit delete rows""").update();
        jdbc.sql("truncate incoming_record").update();
        int[] n = {0};
        copy.into("incoming_record (n, a, s, i, g, f, al, d, sx, nhs, pnc, upn, la, ph, em, sealed, lb)", drafts,
                (d, v) -> v.add(n[0]++).add(d.agencyId()).add(d.sourceSystem()).add(d.sourceId())
                        .add(d.givenNames().strip()).add(d.familyName().strip()).addArray(d.aliases())
                        .add(d.dateOfBirth()).add(d.sex() == null ? null : d.sex().name()).add(clean(d.nhsNumber()))
                        .add(clean(d.pncId())).add(clean(d.upn())).add(clean(d.laId())).add(clean(d.phone()))
                        .add(clean(d.email())).add(d.sealed()).add(d.lawfulBasis()));
        return new Staged(drafts);
    }

    static PersonRecord map(ResultSet rs, int i) throws SQLException {
        Array aliases = rs.getArray("aliases");
        String sex = rs.getString("sex");
        return new PersonRecord(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getString("source_system"), rs.getString("source_id"), rs.getString("given_names"),
                rs.getString("family_name"), aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray()),
                rs.getObject("date_of_birth", java.time.LocalDate.class), sex == null ? null : Sex.valueOf(sex),
                rs.getString("nhs_number"), rs.getString("pnc_id"), rs.getString("upn"), rs.getString("la_id"),
                rs.getString("phone"), rs.getString("email"), rs.getBoolean("sealed"), rs.getString("lawful_basis"),
                rs.getInt("version"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    public Optional<PersonRecord> find(long agencyId, String sourceSystem, String sourceId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.agency_id = :a and r.source_system = :s and r.source_id = :i")
                .param("a", agencyId).param("s", sourceSystem).param("i", sourceId).query(RECORD).optional();
    }

    public Optional<PersonRecord> byId(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.id = :id").param("id", id).query(RECORD).optional();
    }

    public List<PersonRecord> byIds(List<Long> ids) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.id in (select jsonb_array_elements_text(:ids::jsonb)::bigint)")
                .param("ids", json.writeValueAsString(ids)).query(RECORD).list();
    }

    public List<PersonRecord> ofPerson(long personId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.person_id = :p order by r.recorded_at, r.id")
                .param("p", personId).query(RECORD).list();
    }

    /** A stored record found by its source key: its ids, and whether the draft says the same as it does. */
    public record Known(long id, long personId, boolean sameFacts) {
    }

    /**
     * The stored records for a staged batch, by "agency|system|id", each compared with its draft in the database
     * (same names, aliases in order, date of birth, sex, identifiers, contact details, sealing and lawful basis), so
     * only ids and the answer cross the wire.
     */
    public Map<String, Known> existing(Staged staged) {
        var found = new java.util.HashMap<String, Known>(staged.drafts().size() * 2);
        jdbc.sql("""
                select r.agency_id, r.source_system, r.source_id, r.id, r.person_id,
                       r.given_names = x.g and r.family_name = x.f and r.aliases = coalesce(x.al, '{}')
                       and r.date_of_birth is not distinct from x.d and r.sex is not distinct from x.sx
                       and r.nhs_number is not distinct from x.nhs and r.pnc_id is not distinct from x.pnc
                       and r.upn is not distinct from x.upn and r.la_id is not distinct from x.la
                       and r.phone is not distinct from x.ph and r.email is not distinct from x.em
                       and r.sealed = x.sealed and r.lawful_basis = x.lb
                from incoming_record x
                join person_record r on r.agency_id = x.a and r.source_system = x.s and r.source_id = x.i""")
                .query(rs -> {
                    found.put(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                            new Known(rs.getLong(4), rs.getLong(5), rs.getBoolean(6)));
                });
        return found;
    }

    public static String key(PersonRecord r) {
        return r.agencyId() + "|" + r.sourceSystem() + "|" + r.sourceId();
    }

    public static String key(PersonRecordDraft d) {
        return d.agencyId() + "|" + d.sourceSystem() + "|" + d.sourceId();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Creates {@code count} new persons and returns their ids. */
    public List<Long> newPersons(int count, Instant now) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("insert into person (created_at) select :now from generate_series(1, :n) returning id")
                .param("now", Timestamp.from(now)).param("n", count).query(Long.class).list();
    }

    /**
     * Inserts the staged drafts at the positions {@code fresh} (each with its person id and the reason for this,
     * their first version) in one statement, and returns their ids in the order of {@code fresh}. The first version is the current row;
     * {@code person_record_version} receives it only when a correction supersedes it (ADR 0005).
     */
    public List<Long> insert(Staged staged, List<Integer> fresh, List<Long> personIds, String by, Instant now,
                             String reason) {
        var byKey = new java.util.HashMap<String, Long>(fresh.size() * 2);
        jdbc.sql("""
                insert into person_record (person_id, agency_id, source_system, source_id, given_names, family_name,
                    aliases, date_of_birth, sex, nhs_number, pnc_id, upn, la_id, phone, email, sealed, lawful_basis,
                    recorded_by, recorded_at, reason)
                select pp.p, a, s, i, g, f, coalesce(al, '{}'), d, sx, nhs, pnc, upn, la, ph, em, sealed, lb, :by, :now,
                       :reason
                from incoming_record x join unnest(:n::int[], :p::bigint[]) as pp(n, p) on pp.n = x.n
                returning id, agency_id, source_system, source_id""")
                .param("n", fresh.toArray(Integer[]::new)).param("p", personIds.toArray(Long[]::new))
                .param("by", by).param("now", Timestamp.from(now)).param("reason", reason)
                .query(rs -> {
                    byKey.put(rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4), rs.getLong(1));
                });
        return fresh.stream().map(k -> byKey.get(key(staged.drafts().get(k)))).toList();
    }

    /**
     * After a batch that at least doubled the records since the planner last counted them, refreshes its statistics
     * in the batch's transaction (they become visible when it commits). Without it, the queries that follow an import
     * into a small area (the co-location check, matching) are planned for the small tables the last analyse saw: a
     * nested loop over a table thought tiny once ran for more than ten minutes. Between such growths the
     * planner scales what it last counted by the table's size, and autovacuum analyses as the table grows.
     * Called as a batch's last statement (see {@code Intake}): an analyse holds its lock until the commit, so two
     * batches written side by side must take these locks last and in one order.
     */
    public void refreshStatisticsAfterGrowth(int added) {
        if (added < 1_000) {
            return;
        }
        double known = jdbc.sql("select greatest(reltuples, 0) from pg_class where oid = cast('person_record' as regclass)")
                .query(Double.class).single();
        if (added >= known) {
            jdbc.sql("analyze person, person_record").update();
        }
    }

    /**
     * Keeps each record's current version in its history (who, when and why it was recorded), then writes the new
     * values over it with the next version number and this reason, in one statement; earlier versions stay as they
     * were. A version already in the history (records written before ADR 0005) is not copied twice.
     */
    public void update(Map<Long, PersonRecordDraft> changes, String by, Instant now, String reason) {
        if (changes.isEmpty()) {
            return;
        }
        String rows = rows(List.copyOf(changes.values()), List.copyOf(changes.keySet()));
        jdbc.sql("""
                with x as (
                    select * from jsonb_to_recordset(:rows::jsonb) as x(id bigint, g text, f text, al text[], d date,
                         sx text, nhs text, pnc text, upn text, la text, ph text, em text, sealed boolean, lb text)),
                kept as (
                    insert into person_record_version (record_id, version, data, changed_by, changed_at, reason)
                    select r.id, r.version, """ + HISTORY_DATA + """
                           , r.recorded_by, r.recorded_at, coalesce(r.reason, '')
                    from person_record r join x on x.id = r.id
                    on conflict (record_id, version) do nothing)
                update person_record r set given_names = x.g, family_name = x.f, aliases = coalesce(x.al, '{}'),
                    date_of_birth = x.d, sex = x.sx, nhs_number = x.nhs, pnc_id = x.pnc, upn = x.upn, la_id = x.la,
                    phone = x.ph, email = x.em, sealed = x.sealed, lawful_basis = x.lb, version = r.version + 1,
                    recorded_by = :by, recorded_at = :now, reason = :reason
                from x where r.id = x.id""")
                .param("rows", rows).param("by", by).param("now", Timestamp.from(now))
                .param("reason", reason).update();
    }

    /**
     * A record row as its history keeps it: the facts, without the columns that are not facts about the person
     * (the generated search name of old schemas, the reason, which the history keeps in its own column).
     */
    public static final String HISTORY_DATA = "to_jsonb(r) - 'search_name' - 'reason'";

    /** The person already holding any of these identifiers (sealed records excluded), by identifier. */
    public Map<String, Long> personsByIdentifier(List<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Map.of();
        }
        var found = new java.util.HashMap<String, Long>();
        // one array a kind, each matched through its partial index (an array of 20,000 parses in a few ms; the
        // JSON list of every kind it replaced was parsed, then scanned four times)
        var byKind = new java.util.LinkedHashMap<String, List<String>>();
        for (String kind : List.of("nhs:", "pnc:", "upn:", "la:")) {
            byKind.put(kind, new ArrayList<>());
        }
        for (String id : identifiers) {
            int colon = id.indexOf(':');
            byKind.get(id.substring(0, colon + 1)).add(id.substring(colon + 1));
        }
        jdbc.sql("""
                select 'nhs:' || nhs_number, person_id from person_record where not sealed and nhs_number = any(:nhs::text[])
                union all select 'pnc:' || pnc_id, person_id from person_record where not sealed and pnc_id = any(:pnc::text[])
                union all select 'upn:' || upn, person_id from person_record where not sealed and upn = any(:upn::text[])
                union all select 'la:' || la_id, person_id from person_record where not sealed and la_id = any(:la::text[])""")
                .param("nhs", byKind.get("nhs:").toArray(String[]::new))
                .param("pnc", byKind.get("pnc:").toArray(String[]::new))
                .param("upn", byKind.get("upn:").toArray(String[]::new))
                .param("la", byKind.get("la:").toArray(String[]::new))
                .query(rs -> {
                    found.putIfAbsent(rs.getString(1), rs.getLong(2));
                });
        return found;
    }

    /**
     * The drafts as a JSON array for {@code jsonb_to_recordset}, written field by field (a map
     * per row cost more than the statement it fed); values are cleaned as they are stored, and
     * empty ones left out.
     */
    private String rows(List<PersonRecordDraft> drafts, List<Long> recordIds) {
        var out = new java.io.StringWriter(drafts.size() * 256);
        try (var g = json.createGenerator(out)) {
            g.writeStartArray();
            for (int k = 0; k < drafts.size(); k++) {
                var d = drafts.get(k);
                g.writeStartObject();
                g.writeNumberProperty("id", recordIds.get(k));
                g.writeNumberProperty("a", d.agencyId());
                g.writeStringProperty("s", d.sourceSystem());
                g.writeStringProperty("i", d.sourceId());
                g.writeStringProperty("g", d.givenNames().strip());
                g.writeStringProperty("f", d.familyName().strip());
                g.writeName("al");
                g.writeStartArray();
                for (String alias : d.aliases()) {
                    g.writeString(alias);
                }
                g.writeEndArray();
                optional(g, "d", d.dateOfBirth() == null ? null : d.dateOfBirth().toString());
                optional(g, "sx", d.sex() == null ? null : d.sex().name());
                optional(g, "nhs", clean(d.nhsNumber()));
                optional(g, "pnc", clean(d.pncId()));
                optional(g, "upn", clean(d.upn()));
                optional(g, "la", clean(d.laId()));
                optional(g, "ph", clean(d.phone()));
                optional(g, "em", clean(d.email()));
                g.writeBooleanProperty("sealed", d.sealed());
                g.writeStringProperty("lb", d.lawfulBasis());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.toString();
    }

    private static void optional(tools.jackson.core.JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
