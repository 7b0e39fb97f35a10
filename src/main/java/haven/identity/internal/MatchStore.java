package haven.identity.internal;

import haven.identity.MatchReview;
import haven.identity.PersonRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The review queue, the decision log, merges and splits, and candidate records for a new record (SQL). */
@Repository
public class MatchStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    MatchStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stored records that share a blocking key with this one: an identifier, the date of birth,
     * the surname's sound with the forename's initial, or the forename with a birth date within
     * a year. Each key is its own index-backed query (an {@code OR} of them walked the whole
     * table, 250 ms a record on force-area data); the strongest keys fill the limit first.
     */
    public List<PersonRecord> candidatesFor(PersonRecord r, int limit) {
        String initial = r.givenNames() == null || r.givenNames().isBlank() ? null
                : r.givenNames().strip().substring(0, 1).toLowerCase();
        return jdbc.sql("""
                with hits as (
                    (select id, 1 as strength from person_record where :nhs::text is not null and nhs_number = :nhs limit :limit)
                    union all
                    (select id, 1 from person_record where :pnc::text is not null and pnc_id = :pnc limit :limit)
                    union all
                    (select id, 1 from person_record where :upn::text is not null and upn = :upn limit :limit)
                    union all
                    (select id, 1 from person_record where :la::text is not null and la_id = :la limit :limit)
                    union all
                    (select id, 2 from person_record where :dob::date is not null and date_of_birth = :dob::date limit :limit)
                    union all
                    (select id, 3 from person_record
                     where dmetaphone(family_name) = dmetaphone(:family) and lower(left(given_names, 1)) = :initial limit :limit)
                    union all
                    (select id, 4 from person_record
                     where :dob::date is not null and lower(split_part(given_names, ' ', 1)) = lower(split_part(:given, ' ', 1))
                       and lower(given_names) = lower(:given)
                       and date_of_birth between (:dob::date - interval '1 year') and (:dob::date + interval '1 year')
                     limit :limit)),
                best as (select id, min(strength) as strength from hits where id <> :id
                         group by id order by min(strength), id limit :limit)
                select\s""" + RecordStore.COLUMNS + " from best join person_record r on r.id = best.id "
                        + "join agency a on a.id = r.agency_id order by best.strength, r.id")
                .param("id", r.id()).param("dob", r.dateOfBirth()).param("family", r.familyName())
                .param("initial", initial).param("given", r.givenNames()).param("nhs", r.nhsNumber())
                .param("pnc", r.pncId()).param("upn", r.upn()).param("la", r.laId()).param("limit", limit)
                .query(RecordStore.RECORD).list();
    }

    public List<PersonRecord> records(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RecordStore.COLUMNS + RecordStore.FROM
                        + " where r.id in (select jsonb_array_elements_text(:ids::jsonb)::bigint) order by r.id")
                .param("ids", json.writeValueAsString(ids)).query(RecordStore.RECORD).list();
    }

    public List<PersonRecord> recordsOfPersons(long a, long b) {
        return jdbc.sql("select " + RecordStore.COLUMNS + RecordStore.FROM + " where r.person_id in (:a, :b)")
                .param("a", a).param("b", b).query(RecordStore.RECORD).list();
    }

    public List<PersonRecord> allRecords() {
        return jdbc.sql("select " + RecordStore.COLUMNS + RecordStore.FROM + " order by r.id")
                .query(RecordStore.RECORD).list();
    }

    /** Queues a pair once; returns the review id, or empty when the pair was already queued or decided. */
    public Optional<Long> queue(long a, long b, double probability, double weight,
                                List<MatchReview.FieldEvidence> evidence, String reason, Instant now) {
        return jdbc.sql("""
                insert into match_review (left_record_id, right_record_id, match_probability, match_weight, evidence,
                                          reason, created_at)
                values (:l, :r, :p, :w, :e::jsonb, :reason, :now)
                on conflict (left_record_id, right_record_id) do nothing returning id""")
                .param("l", Math.min(a, b)).param("r", Math.max(a, b)).param("p", probability).param("w", weight)
                .param("e", json.writeValueAsString(evidence)).param("reason", reason)
                .param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    /** Whether a person has decided these two records are not the same person. */
    public boolean decidedNotSame(long a, long b) {
        return jdbc.sql("""
                select exists (select 1 from identity_decision where left_record_id = :l and right_record_id = :r
                               and decision = 'NOT_SAME')""")
                .param("l", Math.min(a, b)).param("r", Math.max(a, b)).query(Boolean.class).single();
    }

    public long logDecision(Long reviewId, long a, long b, String decision, String by, String reason,
                            Object evidence, Instant now) {
        return jdbc.sql("""
                insert into identity_decision (review_id, left_record_id, right_record_id, decision, decided_by, reason,
                                               evidence, decided_at)
                values (:review, :l, :r, :d, :by, :reason, :e::jsonb, :now) returning id""")
                .param("review", reviewId).param("l", Math.min(a, b)).param("r", Math.max(a, b)).param("d", decision)
                .param("by", by).param("reason", reason).param("e", json.writeValueAsString(evidence))
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    public void setStatus(long reviewId, MatchReview.ReviewStatus status) {
        jdbc.sql("update match_review set status = :s where id = :id").param("s", status.name())
                .param("id", reviewId).update();
    }

    /** Moves every record of {@code from} into {@code into}; the moved records are kept for a split. */
    public long merge(long from, long into, long decisionId, String by, Instant now) {
        List<Long> moved = jdbc.sql("update person_record set person_id = :into where person_id = :from returning id")
                .param("into", into).param("from", from).query(Long.class).list();
        jdbc.sql("update person set merged_into = :into where id = :from").param("into", into).param("from", from)
                .update();
        // whoever's records were with the merged person are with the survivor now (ADR 0004)
        jdbc.sql("update person_holder set holder_id = :into where holder_id = :from").param("into", into)
                .param("from", from).update();
        jdbc.sql("""
                insert into person_holder (person_id, holder_id) values (:from, :into)
                on conflict (person_id) do update set holder_id = excluded.holder_id""")
                .param("into", into).param("from", from).update();
        return jdbc.sql("""
                insert into person_merge (from_person_id, into_person_id, record_ids, decision_id, merged_by, merged_at)
                values (:from, :into, :ids, :d, :by, :now) returning id""")
                .param("from", from).param("into", into).param("ids", moved.toArray(Long[]::new))
                .param("d", decisionId).param("by", by).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    public record Merge(long id, long fromPersonId, long intoPersonId, List<Long> recordIds, boolean split) {
    }

    public Optional<Merge> mergeById(long id) {
        return jdbc.sql("""
                select m.id, m.from_person_id, m.into_person_id, m.record_ids,
                       exists (select 1 from person_split s where s.merge_id = m.id) as split
                from person_merge m where m.id = :id""").param("id", id)
                .query((rs, i) -> new Merge(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Arrays.asList((Long[]) rs.getArray(4).getArray()), rs.getBoolean(5)))
                .optional();
    }

    /** The merges that moved records into this person and are not yet split, newest first. */
    public List<Merge> mergesInto(long personId) {
        return jdbc.sql("""
                select m.id, m.from_person_id, m.into_person_id, m.record_ids, false
                from person_merge m where m.into_person_id = :p
                and not exists (select 1 from person_split s where s.merge_id = m.id) order by m.id desc""")
                .param("p", personId)
                .query((rs, i) -> new Merge(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Arrays.asList((Long[]) rs.getArray(4).getArray()), false))
                .list();
    }

    /** Moves the merge's records that are still in the merged person back to the earlier person. */
    public void split(Merge merge, long decisionId, String by, Instant now) {
        jdbc.sql("""
                update person_record set person_id = :from
                where person_id = :into and id = any(:ids)""")
                .param("from", merge.fromPersonId()).param("into", merge.intoPersonId())
                .param("ids", merge.recordIds().toArray(Long[]::new)).update();
        jdbc.sql("update person set merged_into = null where id = :from and merged_into = :into")
                .param("from", merge.fromPersonId()).param("into", merge.intoPersonId()).update();
        // those held by the survivor through the restored person are held by it again: follow each chain anew
        jdbc.sql("""
                with recursive chain (person_id, id, depth) as (
                    select person_id, person_id, 0 from person_holder where holder_id = :into
                    union all
                    select c.person_id, p.merged_into, c.depth + 1 from chain c join person p on p.id = c.id
                    where p.merged_into is not null and c.depth < 100),
                holder as (select distinct on (person_id) person_id, id from chain order by person_id, depth desc)
                update person_holder h set holder_id = holder.id from holder
                where h.person_id = holder.person_id and h.holder_id <> holder.id""")
                .param("into", merge.intoPersonId()).update();
        jdbc.sql("insert into person_split (merge_id, decision_id, split_by, split_at) values (:m, :d, :by, :now)")
                .param("m", merge.id()).param("d", decisionId).param("by", by).param("now", Timestamp.from(now))
                .update();
    }

    public List<MatchReview> waiting(int limit) {
        return reviews("where v.status in ('OPEN', 'NEED_MORE_INFORMATION') order by v.status, v.match_probability desc, v.id limit " + limit);
    }

    public Optional<MatchReview> review(long id) {
        return reviews("where v.id = " + id).stream().findFirst();
    }

    public long waitingCount() {
        return jdbc.sql("select count(*) from match_review where status in ('OPEN', 'NEED_MORE_INFORMATION')")
                .query(Long.class).single();
    }

    private record Row(long id, long left, long right, double p, double w, String evidence, String reason,
                       String status, Instant at) {
    }

    private List<MatchReview> reviews(String where) {
        List<Row> rows = jdbc.sql("""
                select v.id, v.left_record_id, v.right_record_id, v.match_probability, v.match_weight,
                       v.evidence::text, v.reason, v.status, v.created_at from match_review v""" + " " + where)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
        List<Long> ids = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.left(), r.right())).toList();
        Map<Long, PersonRecord> byId = records(ids).stream()
                .collect(Collectors.toMap(PersonRecord::id, Function.identity()));
        return rows.stream().map(r -> new MatchReview(r.id(), byId.get(r.left()), byId.get(r.right()), r.p(), r.w(),
                json.readValue(r.evidence(), new TypeReference<List<MatchReview.FieldEvidence>>() {
                }), r.reason(), MatchReview.ReviewStatus.valueOf(r.status()), r.at())).toList();
    }
}
