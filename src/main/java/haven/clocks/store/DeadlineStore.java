package haven.clocks.store;

import haven.clocks.BreachCount;
import haven.clocks.DeadlineState;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.OpenDeadline;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.register.Deadline;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The deadline register's table: plain SQL over {@code clocks_deadline} and its history. */
public class DeadlineStore {

    private static final String OPEN_ORDER = " order by (d.due_at <= :now) desc, d.due_at, d.id";

    private final JdbcClient jdbc;

    public DeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A deadline's due time, kind and warnings: the schedule's main deadline or one of its milestones. */
    public record Due(Instant due, Schedule.DueKind kind, List<Instant> warnings) {
    }

    /** Inserts an open deadline and its "opened" history entry; returns the id. */
    public long insert(OpenDeadline cmd, Due due, String team, long agencyId, Instant now, String by) {
        Instant firstWarning = due.warnings().isEmpty() ? due.due() : due.warnings().get(0);
        long id = jdbc.sql("""
                        insert into clocks_deadline (rule_id, milestone, jurisdiction, subject_type, subject_id,
                            owner_user_id, team, agency_id, start_at, due_at, due_kind, warning_at, next_check_at,
                            opened_at, opened_by)
                        values (:rule, :milestone, :jurisdiction, :subjectType, :subjectId, :owner, :team, :agency,
                            :start, :due, :dueKind, cast(:warnings as timestamptz[]), :nextCheck, :now, :by)
                        returning id""")
                .param("rule", cmd.rule().code()).param("milestone", cmd.milestone())
                .param("jurisdiction", cmd.jurisdiction().name()).param("subjectType", cmd.subjectType())
                .param("subjectId", cmd.subjectId()).param("owner", cmd.ownerUserId()).param("team", team)
                .param("agency", agencyId).param("start", ts(cmd.start())).param("due", ts(due.due()))
                .param("dueKind", due.kind().name())
                .param("warnings", due.warnings().stream().map(Instant::toString).toArray(String[]::new))
                .param("nextCheck", ts(min(firstWarning, due.due()))).param("now", ts(now)).param("by", by)
                .query(Long.class).single();
        history(id, "opened", cmd.start(), now, by, null);
        return id;
    }

    public Optional<DeadlineView> find(long id) {
        return jdbc.sql("select * from clocks_deadline d where d.id = :id").param("id", id).query(VIEW).optional();
    }

    /** The deadline as the register's rules see it, locked for a change in this transaction. */
    public Optional<Deadline> lockForChange(long id) {
        return jdbc.sql("select * from clocks_deadline where id = :id for update").param("id", id).query(DEADLINE).optional();
    }

    /** Records a met or stopped deadline and its history entry. */
    public void close(long id, DeadlineState closed, String by, Instant now) {
        boolean met = closed instanceof DeadlineState.Met;
        Instant at = met ? ((DeadlineState.Met) closed).at() : ((DeadlineState.Stopped) closed).at();
        Boolean late = met ? ((DeadlineState.Met) closed).late() : null;
        String reason = met ? ((DeadlineState.Met) closed).reasonForDelay() : ((DeadlineState.Stopped) closed).reason();
        int changed = jdbc.sql("""
                        update clocks_deadline set status = :status, closed_at = :at, closed_by = :by, late = :late,
                            reason = :reason, next_check_at = null
                        where id = :id and closed_at is null""")
                .param("status", closed.code()).param("at", ts(at)).param("by", by).param("late", late)
                .param("reason", reason).param("id", id).update();
        if (changed != 1) {
            throw new IllegalStateException("deadline " + id + " was already closed");
        }
        history(id, closed.code(), at, now, by, reason);
    }

    /** Open deadlines a user owns, overdue first, then by due time. */
    public List<DeadlineView> openForOwner(long userId, Instant now) {
        return jdbc.sql("select * from clocks_deadline d where d.closed_at is null and d.owner_user_id = :u" + OPEN_ORDER)
                .param("u", userId).param("now", ts(now)).query(VIEW).list();
    }

    /** Open deadlines of a team within an agency, overdue first. */
    public List<DeadlineView> openForTeam(long agencyId, String team, Instant now) {
        return jdbc.sql("select * from clocks_deadline d where d.closed_at is null and d.agency_id = :a and d.team = :t" + OPEN_ORDER)
                .param("a", agencyId).param("t", team).param("now", ts(now)).query(VIEW).list();
    }

    /** Open deadlines of an agency, overdue first. */
    public List<DeadlineView> openForAgency(long agencyId, Instant now) {
        return jdbc.sql("select * from clocks_deadline d where d.closed_at is null and d.agency_id = :a" + OPEN_ORDER)
                .param("a", agencyId).param("now", ts(now)).query(VIEW).list();
    }

    /** Open deadlines escalated to a user (as supervisor or senior lead, not as owner), overdue first. */
    public List<DeadlineView> openEscalatedTo(long userId, Instant now) {
        return jdbc.sql("""
                        select * from clocks_deadline d
                        where d.closed_at is null and d.owner_user_id <> :u
                          and exists (select 1 from clocks_escalation e where e.deadline_id = d.id and e.recipient_user_id = :u)"""
                        + OPEN_ORDER)
                .param("u", userId).param("now", ts(now)).query(VIEW).list();
    }

    /** Every deadline (open or closed) about one subject, newest first. */
    public List<DeadlineView> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("select * from clocks_deadline d where d.subject_type = :t and d.subject_id = :s order by d.start_at desc, d.id desc")
                .param("t", subjectType).param("s", subjectId).query(VIEW).list();
    }

    /** Breaches per rule per London month, for deadlines breached in [from, to), optionally one agency's. */
    public List<BreachCount> breachesPerMonth(YearMonth from, YearMonth to, Long agencyId) {
        return jdbc.sql("""
                        select to_char(breached_at at time zone 'Europe/London', 'YYYY-MM') as month, rule_id, count(*) as n
                        from clocks_deadline
                        where breached_at >= :from and breached_at < :to and (cast(:agency as bigint) is null or agency_id = :agency)
                        group by 1, 2 order by 1, 2""")
                .param("from", ts(from.atDay(1).atStartOfDay(haven.clocks.LondonTime.ZONE).toInstant()))
                .param("to", ts(to.plusMonths(1).atDay(1).atStartOfDay(haven.clocks.LondonTime.ZONE).toInstant()))
                .param("agency", agencyId)
                .query((rs, i) -> new BreachCount(YearMonth.parse(rs.getString("month")), RuleId.of(rs.getString("rule_id")),
                        rs.getLong("n")))
                .list();
    }

    /** The escalation steps taken on a deadline, in order. */
    public List<EscalationStep> escalations(long deadlineId) {
        return jdbc.sql("select * from clocks_escalation where deadline_id = :id order by level")
                .param("id", deadlineId)
                .query((rs, i) -> new EscalationStep(rs.getLong("deadline_id"), rs.getInt("level"), rs.getString("target"),
                        rs.getObject("recipient_user_id", Long.class), instant(rs, "due_at")))
                .list();
    }

    /** The history of a deadline: kind and when, in order. */
    public List<String> historyKinds(long deadlineId) {
        return jdbc.sql("select kind from clocks_deadline_event where deadline_id = :id order by id")
                .param("id", deadlineId).query(String.class).list();
    }

    private void history(long id, String kind, Instant at, Instant now, String by, String detail) {
        jdbc.sql("""
                        insert into clocks_deadline_event (deadline_id, kind, at, recorded_at, recorded_by, detail)
                        values (:id, :kind, :at, :now, :by, :detail)""")
                .param("id", id).param("kind", kind).param("at", ts(at)).param("now", ts(now)).param("by", by)
                .param("detail", detail).update();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static final RowMapper<DeadlineView> VIEW = (rs, i) -> new DeadlineView(rs.getLong("id"),
            RuleId.of(rs.getString("rule_id")), rs.getString("milestone"), Jurisdiction.valueOf(rs.getString("jurisdiction")),
            rs.getString("subject_type"), rs.getString("subject_id"), rs.getLong("owner_user_id"), rs.getString("team"),
            rs.getLong("agency_id"), instant(rs, "start_at"), instant(rs, "due_at"),
            Schedule.DueKind.valueOf(rs.getString("due_kind")), rs.getString("status"), rs.getInt("escalation_level"),
            instant(rs, "breached_at"), instant(rs, "closed_at"), rs.getObject("late", Boolean.class), rs.getString("reason"));

    private static final RowMapper<Deadline> DEADLINE = (rs, i) -> {
        List<Instant> warnings = warnings(rs.getArray("warning_at"));
        int raised = rs.getInt("warnings_raised");
        DeadlineState state = switch (rs.getString("status")) {
            case "open" -> new DeadlineState.Open();
            case "warned" -> new DeadlineState.Warned(raised, warnings.get(Math.max(0, raised - 1)));
            case "breached" -> new DeadlineState.Breached(instant(rs, "breached_at"));
            case "met" -> new DeadlineState.Met(instant(rs, "closed_at"), rs.getBoolean("late"), rs.getString("reason"));
            default -> new DeadlineState.Stopped(instant(rs, "closed_at"), rs.getString("reason"));
        };
        return new Deadline(rs.getLong("id"), RuleId.of(rs.getString("rule_id")), instant(rs, "start_at"),
                instant(rs, "due_at"), warnings, state, rs.getInt("escalation_level"));
    };

    private static List<Instant> warnings(Array array) throws SQLException {
        List<Instant> list = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            list.add(((java.sql.Timestamp) o).toInstant());
        }
        return list;
    }
}
