package haven.workforce.store;

import haven.workforce.allegations.Allegation;
import haven.workforce.allegations.AllegationCategory;
import haven.workforce.allegations.LadoOutcome;
import haven.workforce.recruitment.CheckStatus;
import haven.workforce.recruitment.StaffMember;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staff records and allegations, each change a new version with who, when and why. */
@Repository
public class WorkforceStore {

    private static final RowMapper<StaffMember> STAFF = (rs, i) -> new StaffMember(rs.getObject("id", UUID.class),
            rs.getObject("establishment_id", UUID.class), rs.getString("display_name"), rs.getString("role"),
            rs.getBoolean("regulated_activity"), rs.getInt("months_experience_with_children"),
            CheckStatus.valueOf(rs.getString("enhanced_dbs")), CheckStatus.valueOf(rs.getString("separate_barred_list_check")),
            rs.getObject("supervisor_id", UUID.class), rs.getObject("start_date", LocalDate.class),
            strings(rs.getArray("training")));

    private static final RowMapper<Allegation> ALLEGATION = (rs, i) -> new Allegation(rs.getObject("id", UUID.class),
            rs.getObject("staff_id", UUID.class), rs.getObject("establishment_id", UUID.class),
            instant(rs.getTimestamp("received_at")), AllegationCategory.valueOf(rs.getString("category")),
            rs.getString("summary"), uuids(rs.getArray("linked_incident_ids")), instant(rs.getTimestamp("referred_to_lado_at")),
            rs.getString("lado_reference"), rs.getString("lado_process"),
            rs.getString("outcome") == null ? null : LadoOutcome.valueOf(rs.getString("outcome")),
            instant(rs.getTimestamp("concluded_at")));

    private final JdbcClient jdbc;

    WorkforceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(StaffMember s, String by, Instant at, String why) {
        jdbc.sql("""
                insert into wf_staff_member (id, version, establishment_id, display_name, role, regulated_activity,
                    months_experience_with_children, enhanced_dbs, separate_barred_list_check, supervisor_id, start_date,
                    training, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from wf_staff_member where id = :id), 0) + 1, :e, :name, :role,
                    :reg, :exp, :dbs, :bl, :sup, :start, :training::text[], :at, :by, :why)""")
                .param("id", s.id()).param("e", s.establishmentId()).param("name", s.displayName()).param("role", s.role())
                .param("reg", s.regulatedActivity()).param("exp", s.monthsExperienceWithChildren())
                .param("dbs", s.enhancedDbs().name()).param("bl", s.separateBarredListCheck().name())
                .param("sup", s.supervisorId()).param("start", s.startDate()).param("training", array(s.training()))
                .param("at", Timestamp.from(at)).param("by", by).param("why", why).update();
    }

    public Optional<StaffMember> staff(UUID id) {
        return jdbc.sql("select * from wf_staff_member_current where id = :id").param("id", id).query(STAFF).optional();
    }

    public List<StaffMember> staffOf(UUID establishmentId) {
        return jdbc.sql("select * from wf_staff_member_current where establishment_id = :e order by display_name")
                .param("e", establishmentId).query(STAFF).list();
    }

    public void save(Allegation a, String by, Instant at, String why) {
        jdbc.sql("""
                insert into wf_allegation (id, version, staff_id, establishment_id, received_at, category, summary,
                    linked_incident_ids, referred_to_lado_at, lado_reference, lado_process, outcome, concluded_at,
                    recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from wf_allegation where id = :id), 0) + 1, :staff, :e, :rec,
                    :cat, :summary, :links::uuid[], :ref, :lref, :proc, :outcome, :concl, :at, :by, :why)""")
                .param("id", a.id()).param("staff", a.staffId()).param("e", a.establishmentId())
                .param("rec", ts(a.receivedAt())).param("cat", a.category().name()).param("summary", a.summary())
                .param("links", array(a.linkedIncidentIds())).param("ref", ts(a.referredToLadoAt()))
                .param("lref", a.ladoReference()).param("proc", a.ladoProcess())
                .param("outcome", a.outcome() == null ? null : a.outcome().name()).param("concl", ts(a.concludedAt()))
                .param("at", Timestamp.from(at)).param("by", by).param("why", why).update();
    }

    public Optional<Allegation> allegation(UUID id) {
        return jdbc.sql("select * from wf_allegation_current where id = :id").param("id", id).query(ALLEGATION).optional();
    }

    public List<Allegation> allegations(UUID establishmentId) {
        return jdbc.sql("select * from wf_allegation_current where establishment_id = :e order by received_at desc")
                .param("e", establishmentId).query(ALLEGATION).list();
    }

    public List<Allegation> allAllegations() {
        return jdbc.sql("select * from wf_allegation_current order by received_at desc").query(ALLEGATION).list();
    }

    /** Whistleblowing: the report and its first message, stored without any reporter identity. */
    public void saveReport(UUID id, String referenceHash, UUID establishmentId, Instant at, String concern) {
        jdbc.sql("""
                insert into wf_whistleblowing_report (id, reference_hash, establishment_id, received_at, concern)
                values (:id, :h, :e, :at, :c)""")
                .param("id", id).param("h", referenceHash).param("e", establishmentId).param("at", Timestamp.from(at))
                .param("c", concern).update();
        addMessage(id, at, true, null, concern, "RECEIVED");
    }

    public void addMessage(UUID reportId, Instant at, boolean fromReporter, String authorRole, String body, String status) {
        jdbc.sql("""
                insert into wf_whistleblowing_message (id, report_id, written_at, from_reporter, author_role, body, status)
                values (:id, :r, :at, :f, :role, :b, :s)""")
                .param("id", UUID.randomUUID()).param("r", reportId).param("at", Timestamp.from(at))
                .param("f", fromReporter).param("role", authorRole).param("b", body).param("s", status).update();
    }

    public Optional<UUID> reportByHash(String hash) {
        return jdbc.sql("select id from wf_whistleblowing_report where reference_hash = :h").param("h", hash)
                .query(UUID.class).optional();
    }

    /** A report row: id, establishment, received, concern, latest status. */
    public record ReportRow(UUID id, UUID establishmentId, Instant receivedAt, String concern, String status) {
        @Override
        public String toString() {
            return "ReportRow[" + id + "]";
        }
    }

    /** A message in a whistleblowing thread. */
    public record MessageRow(Instant at, boolean fromReporter, String authorRole, String body, String status) {
    }

    public List<ReportRow> reports() {
        return jdbc.sql("""
                select r.id, r.establishment_id, r.received_at, r.concern,
                    (select m.status from wf_whistleblowing_message m where m.report_id = r.id and m.status is not null
                     order by m.written_at desc limit 1) status
                from wf_whistleblowing_report r order by r.received_at desc""")
                .query((rs, i) -> new ReportRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        instant(rs.getTimestamp(3)), rs.getString(4), rs.getString(5))).list();
    }

    public List<MessageRow> messages(UUID reportId) {
        return jdbc.sql("""
                select written_at, from_reporter, author_role, body, status from wf_whistleblowing_message
                where report_id = :r order by written_at""").param("r", reportId)
                .query((rs, i) -> new MessageRow(instant(rs.getTimestamp(1)), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String array(Collection<?> values) {
        return values.stream().map(v -> "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static List<UUID> uuids(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((UUID[]) a.getArray());
    }
}
