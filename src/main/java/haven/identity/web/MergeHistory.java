package haven.identity.web;

import haven.identity.MatchReview;
import haven.identity.PersonRecord;
import haven.identity.internal.MatchStore;
import haven.platform.web.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the merges into a person with the decision that caused each and, once undone, its split (read-only SQL). */
@Repository
class MergeHistory {
    private static final String SELECT = """
            select m.id, m.from_person_id, m.into_person_id, m.record_ids, m.merged_by, m.merged_at,
                   d.decision, d.decided_by, d.reason, d.evidence::text, d.review_id,
                   s.split_by, s.split_at, sd.reason
            from person_merge m
            join identity_decision d on d.id = m.decision_id
            left join person_split s on s.merge_id = m.id
            left join identity_decision sd on sd.id = s.decision_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MatchStore store;

    MergeHistory(JdbcClient jdbc, JsonMapper json, MatchStore store) {
        this.jdbc = jdbc;
        this.json = json;
        this.store = store;
    }

    /** The person this person is merged into now, if any; not found when there is no such person. */
    Optional<Long> mergedInto(long personId) {
        return jdbc.sql("select merged_into from person where id = :p").param("p", personId)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, Long.class))).optional()
                .orElseThrow(() -> new NotFound("No person " + personId));
    }

    /** Every merge into this person, newest first, split or not. */
    List<MergeView> into(long personId) {
        return withRecords(jdbc.sql(SELECT + " where m.into_person_id = :p order by m.merged_at desc, m.id desc")
                .param("p", personId).query((rs, i) -> row(rs))
                .list());
    }

    Optional<MergeView> byId(long mergeId) {
        return withRecords(jdbc.sql(SELECT + " where m.id = :id").param("id", mergeId)
                .query((rs, i) -> row(rs))
                .list()).stream().findFirst();
    }

    /** The merge a reviewer's "same person" decision on this review caused, if it moved records. */
    Optional<MergeView> causedByReview(long reviewId) {
        return withRecords(jdbc.sql(SELECT + " where d.review_id = :r order by m.id desc limit 1").param("r", reviewId)
                .query((rs, i) -> row(rs)).list()).stream().findFirst();
    }

    /** How many merges into this person can still be split (for a link on the person page). */
    long splittableCount(long personId) {
        return jdbc.sql("""
                select count(*) from person_merge m where m.into_person_id = :p
                and not exists (select 1 from person_split s where s.merge_id = m.id)""")
                .param("p", personId).query(Long.class).single();
    }

    private record Row(long id, long from, long into, List<Long> recordIds, String mergedBy, Instant mergedAt,
                       String decision, String decidedBy, String reason, String evidence, Long reviewId,
                       String splitBy, Instant splitAt, String splitReason) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp splitAt = rs.getTimestamp(13);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), Arrays.asList((Long[]) rs.getArray(4).getArray()),
                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getObject(11, Long.class), rs.getString(12),
                splitAt == null ? null : splitAt.toInstant(), rs.getString(14));
    }

    private List<MergeView> withRecords(List<Row> rows) {
        List<Long> ids = rows.stream().flatMap(r -> r.recordIds().stream()).distinct().toList();
        Map<Long, PersonRecord> byId = store.records(ids).stream()
                .collect(Collectors.toMap(PersonRecord::id, Function.identity()));
        return rows.stream().map(r -> {
            JsonNode evidence = json.readTree(r.evidence());
            // a reviewer's decision keeps the probability with the fields; the matcher's keeps the fields only
            JsonNode fields = evidence.isArray() ? evidence : evidence.path("fields");
            Double probability = evidence.has("probability") ? evidence.get("probability").asDouble() : null;
            List<MatchReview.FieldEvidence> levels = fields.isArray()
                    ? json.readValue(fields.toString(), new TypeReference<List<MatchReview.FieldEvidence>>() {
                    })
                    : List.of();
            MergeView.Split split = r.splitAt() == null ? null
                    : new MergeView.Split(r.splitBy(), r.splitAt(), r.splitReason());
            return new MergeView(r.id(), r.from(), r.into(), r.recordIds(), r.mergedBy(), r.mergedAt(), r.decision(),
                    r.decidedBy(), r.reason(), r.reviewId(), probability, levels, split,
                    r.recordIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
        }).toList();
    }
}
