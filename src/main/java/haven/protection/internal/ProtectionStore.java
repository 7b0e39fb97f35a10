package haven.protection.internal;

import haven.protection.DesignatedOfficerOutcome;
import haven.protection.EndPoliceProtection;
import haven.protection.NameDesignatedOfficer;
import haven.protection.NotificationDuty;
import haven.protection.PlaceOfSafety;
import haven.protection.ProtectionCaseView;
import haven.protection.ProtectionCaseView.Attempt;
import haven.protection.ProtectionCaseView.Decision;
import haven.protection.ProtectionCaseView.DesignatedOfficer;
import haven.protection.ProtectionCaseView.End;
import haven.protection.ProtectionCaseView.Place;
import haven.protection.ProtectionCaseView.Task;
import haven.protection.ProtectionEndKind;
import haven.protection.ProtectionPower;
import haven.protection.RecordDesignatedOfficerDecision;
import haven.protection.RecordNotificationAttempt;
import haven.protection.TakeIntoPoliceProtection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Police protection cases in PostgreSQL: inserts only, and the reads that put a case back together. */
@Repository
public class ProtectionStore {

    private final JdbcClient jdbc;

    ProtectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant inst(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    public long insertCase(TakeIntoPoliceProtection c, String jurisdiction, String by, Instant now) {
        long id = jdbc.sql("""
                insert into protection_case (child_person_id, taken_by, taken_at, where_found, grounds, power,
                  la_where_found, la_where_lives, jurisdiction, recorded_by, recorded_at)
                values (:child, :takenBy, :takenAt, :where, :grounds, :power, :laf, :lal, :j, :by, :now) returning id""")
                .param("child", c.childId()).param("takenBy", c.takenBy()).param("takenAt", ts(c.takenAt()))
                .param("where", c.whereFound()).param("grounds", c.grounds()).param("power", c.power().name())
                .param("laf", c.laWhereFound()).param("lal", c.laWhereLives()).param("j", jurisdiction)
                .param("by", by).param("now", ts(now)).query(Long.class).single();
        insertPlace(id, c.placeOfSafety(), c.exceptionalReason(), c.takenAt(), by, now, "taken into police protection");
        return id;
    }

    public void insertPlace(long caseId, PlaceOfSafety place, String exceptional, Instant since, String by,
                            Instant now, String why) {
        jdbc.sql("""
                insert into protection_place (case_id, place, exceptional_reason, since, recorded_by, recorded_at, why)
                values (:c, :p, :e, :s, :by, :now, :why)""")
                .param("c", caseId).param("p", place.name()).param("e", exceptional).param("s", ts(since))
                .param("by", by).param("now", ts(now)).param("why", why).update();
    }

    public void insertTask(long caseId, NotificationDuty duty, Instant openedAt, Long deadlineId) {
        jdbc.sql("""
                insert into protection_task (case_id, duty, rule, opened_at, deadline_id) values (:c, :d, :r, :at, :dl)
                on conflict (case_id, duty) do nothing""")
                .param("c", caseId).param("d", duty.name()).param("r", duty.rule()).param("at", ts(openedAt))
                .param("dl", deadlineId).update();
    }

    public void insertDesignatedOfficer(NameDesignatedOfficer c, String by, Instant now) {
        jdbc.sql("""
                insert into protection_designated_officer (case_id, officer_id, officer_name, rank, named_at,
                  recorded_by, recorded_at)
                values (:c, :id, :name, :rank, :at, :by, :now)""")
                .param("c", c.caseId()).param("id", c.officerId()).param("name", c.officerName())
                .param("rank", c.rank()).param("at", ts(c.namedAt())).param("by", by).param("now", ts(now)).update();
    }

    public void insertDecision(RecordDesignatedOfficerDecision c, String by, Instant now) {
        jdbc.sql("""
                insert into protection_decision (case_id, decided_by, decided_at, inquiry, outcome, reasons,
                  recorded_by, recorded_at)
                values (:c, :dec, :at, :inq, :o, :r, :by, :now)""")
                .param("c", c.caseId()).param("dec", c.decidedBy()).param("at", ts(c.decidedAt()))
                .param("inq", c.inquiry()).param("o", c.outcome().name()).param("r", c.reasons())
                .param("by", by).param("now", ts(now)).update();
    }

    public void insertAttempt(RecordNotificationAttempt c, String by, Instant now) {
        jdbc.sql("""
                insert into protection_notification_attempt (case_id, duty, recipient, attempted_at, attempted_by,
                  succeeded, note, recorded_by, recorded_at)
                values (:c, :d, :rec, :at, :ab, :ok, :note, :by, :now)""")
                .param("c", c.caseId()).param("d", c.duty().name()).param("rec", c.recipient())
                .param("at", ts(c.attemptedAt())).param("ab", c.attemptedBy()).param("ok", c.succeeded())
                .param("note", c.note()).param("by", by).param("now", ts(now)).update();
    }

    public void insertEnd(EndPoliceProtection c, String by, Instant now) {
        jdbc.sql("""
                insert into protection_end (case_id, kind, ended_at, ended_by, released_to, epo_granted_at,
                  epo_applied_by_designated_officer, details, recorded_by, recorded_at)
                values (:c, :k, :at, :eb, :rt, :epo, :applied, :d, :by, :now)""")
                .param("c", c.caseId()).param("k", c.kind().name()).param("at", ts(c.endedAt()))
                .param("eb", c.endedBy()).param("rt", c.releasedTo()).param("epo", ts(c.epoGrantedAt()))
                .param("applied", c.epoAppliedForByDesignatedOfficer()).param("d", c.details())
                .param("by", by).param("now", ts(now)).update();
    }

    public void insertCaseDeadline(long caseId, long deadlineId) {
        jdbc.sql("insert into protection_deadline (case_id, deadline_id) values (:c, :d)")
                .param("c", caseId).param("d", deadlineId).update();
    }

    public Optional<Long> caseDeadline(long caseId) {
        return jdbc.sql("select deadline_id from protection_deadline where case_id = :c order by deadline_id limit 1")
                .param("c", caseId).query(Long.class).optional();
    }

    /** Links a task to the deadline the clocks register opened for it (the one link a task row receives). */
    public void setTaskDeadline(long caseId, NotificationDuty duty, long deadlineId) {
        jdbc.sql("update protection_task set deadline_id = :d where case_id = :c and duty = :duty and deadline_id is null")
                .param("d", deadlineId).param("c", caseId).param("duty", duty.name()).update();
    }

    /** A register line as the view gives it, before the clocks are read. */
    public record RegisterLine(long caseId, long childPersonId, Instant takenAt, String jurisdiction, Instant endedAt,
                               ProtectionEndKind endKind, PlaceOfSafety currentPlace, boolean policeStationUsed,
                               boolean designatedOfficerNamed, int dutiesOutstanding) {
    }

    /** Open cases (all of them) and the most recent {@code recent} cases, from the register view in one query each. */
    public List<RegisterLine> registerLines(boolean openOnly, int limit) {
        return jdbc.sql("select * from protection_register_row where (:openOnly = false or ended_at is null) "
                        + "order by taken_at desc limit :n")
                .param("openOnly", openOnly).param("n", limit)
                .query((rs, i) -> new RegisterLine(rs.getLong("id"), rs.getLong("child_person_id"),
                        inst(rs, "taken_at"), rs.getString("jurisdiction"), inst(rs, "ended_at"),
                        rs.getString("end_kind") == null ? null : ProtectionEndKind.valueOf(rs.getString("end_kind")),
                        rs.getString("current_place") == null ? null : PlaceOfSafety.valueOf(rs.getString("current_place")),
                        rs.getBoolean("police_station_used"), rs.getBoolean("designated_officer_named"),
                        rs.getInt("duties_outstanding")))
                .list();
    }

    public List<Long> openCaseIds() {
        return jdbc.sql("""
                select p.id from protection_case p where not exists (select 1 from protection_end e where e.case_id = p.id)
                order by p.taken_at""").query(Long.class).list();
    }

    public List<Long> caseIds(int limit) {
        return jdbc.sql("select id from protection_case order by taken_at desc limit :n").param("n", limit)
                .query(Long.class).list();
    }

    public Optional<Long> taskDeadline(long caseId, NotificationDuty duty) {
        return jdbc.sql("select deadline_id from protection_task where case_id = :c and duty = :d and deadline_id is not null")
                .param("c", caseId).param("d", duty.name()).query(Long.class).optional();
    }

    public Optional<ProtectionCaseView> find(long id) {
        return jdbc.sql("select * from protection_case where id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional();
    }

    private ProtectionCaseView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Attempt> attempts = attempts(id);
        return new ProtectionCaseView(id, rs.getLong("child_person_id"), rs.getString("taken_by"),
                inst(rs, "taken_at"), rs.getString("where_found"), rs.getString("grounds"),
                ProtectionPower.valueOf(rs.getString("power")), rs.getString("la_where_found"),
                rs.getString("la_where_lives"), rs.getString("jurisdiction"), places(id), designatedOfficer(id),
                decisions(id), tasks(id, attempts), attempts, end(id));
    }

    private List<Place> places(long id) {
        return jdbc.sql("select * from protection_place where case_id = :c order by id").param("c", id)
                .query((rs, n) -> new Place(PlaceOfSafety.valueOf(rs.getString("place")),
                        rs.getString("exceptional_reason"), inst(rs, "since"), rs.getString("recorded_by"),
                        rs.getString("why"))).list();
    }

    private DesignatedOfficer designatedOfficer(long id) {
        return jdbc.sql("select * from protection_designated_officer where case_id = :c order by id desc limit 1")
                .param("c", id).query((rs, n) -> new DesignatedOfficer(rs.getString("officer_id"),
                        rs.getString("officer_name"), rs.getString("rank"), inst(rs, "named_at")))
                .optional().orElse(null);
    }

    private List<Decision> decisions(long id) {
        return jdbc.sql("select * from protection_decision where case_id = :c order by id").param("c", id)
                .query((rs, n) -> new Decision(rs.getString("decided_by"), inst(rs, "decided_at"),
                        rs.getString("inquiry"), DesignatedOfficerOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("reasons"))).list();
    }

    private List<Attempt> attempts(long id) {
        return jdbc.sql("select * from protection_notification_attempt where case_id = :c order by attempted_at, id")
                .param("c", id).query((rs, n) -> new Attempt(NotificationDuty.valueOf(rs.getString("duty")),
                        rs.getString("recipient"), inst(rs, "attempted_at"), rs.getString("attempted_by"),
                        rs.getBoolean("succeeded"), rs.getString("note"))).list();
    }

    private List<Task> tasks(long id, List<Attempt> attempts) {
        return jdbc.sql("select * from protection_task where case_id = :c order by id").param("c", id)
                .query((rs, n) -> {
                    NotificationDuty duty = NotificationDuty.valueOf(rs.getString("duty"));
                    Instant done = attempts.stream().filter(a -> a.duty() == duty && a.succeeded())
                            .map(Attempt::attemptedAt).findFirst().orElse(null);
                    int failed = (int) attempts.stream().filter(a -> a.duty() == duty && !a.succeeded()).count();
                    return new Task(duty, inst(rs, "opened_at"), (Long) rs.getObject("deadline_id"), done, failed);
                }).list();
    }

    private End end(long id) {
        return jdbc.sql("select * from protection_end where case_id = :c").param("c", id)
                .query((rs, n) -> new End(ProtectionEndKind.valueOf(rs.getString("kind")), inst(rs, "ended_at"),
                        rs.getString("ended_by"), rs.getString("released_to"), inst(rs, "epo_granted_at"),
                        rs.getBoolean("epo_applied_by_designated_officer"), rs.getString("details")))
                .optional().orElse(null);
    }
}
