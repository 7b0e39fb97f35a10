package haven.clocks.store;

import haven.clocks.DeadlineBreached;
import haven.clocks.DeadlineWarned;
import haven.clocks.RuleId;
import haven.clocks.register.EscalationChain;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's sweep as three set-based SQL statements over {@code clocks_deadline}, run in one transaction by the
 * caller: breaches, then escalation steps (including those of the breaches just found), then warnings. Each statement
 * updates the deadlines, appends their history (escalation steps are recorded in the escalation log) and writes the
 * notifications itself, and returns
 * what it did so events can be published. Only deadlines whose {@code next_check_at} has come are read.
 *
 * <p>It follows the same rules as the in-memory {@link haven.clocks.register.Sweep}: the latest warning reached is
 * raised once; a breach raises every escalation step already due.
 */
public class SetBasedSweep {

    /** Who is above whom: owner to supervisor, agency to senior lead (ids from the access module). */
    public record Directory(Map<Long, Long> supervisorOf, Map<Long, Long> seniorLeadOf) {
    }

    /**
     * What one pass did. {@code backlog} is true when a statement reached the batch limit, so another pass should
     * follow at once (after downtime, when many deadlines fall due together).
     */
    public record Findings(List<DeadlineBreached> breaches, List<EscalationStep> escalations, List<DeadlineWarned> warnings,
                           boolean backlog) {
    }

    private static final String BREACH = """
            with hit as (
                update clocks_deadline d
                   set status = 'breached', breached_at = d.due_at,
                       next_check_at = d.due_at + make_interval(secs => cast(:firstStep as double precision))
                 where d.id in (select id from clocks_deadline
                                 where next_check_at <= :now and status in ('open', 'warned') and due_at <= :now
                                 order by next_check_at limit :batch)
             returning d.id, d.rule_id, d.subject_type, d.subject_id, d.owner_user_id, d.due_at),
            history as (
                insert into clocks_deadline_event (deadline_id, kind, at, recorded_at, recorded_by)
                select id, 'breached', due_at, :now, 'sweep' from hit)
            select * from hit""";

    private static final String ESCALATE = """
            with chain as (
                select cast(c.level as int) as level, c.after_s, c.target
                  from unnest(cast(:afters as double precision[]), cast(:targets as text[])) with ordinality as c(after_s, target, level)),
            due as (
                select d.id, d.escalation_level as old_level, d.breached_at, d.owner_user_id, d.agency_id,
                       (select count(*) from chain where d.breached_at + make_interval(secs => chain.after_s) <= :now)::int as new_level
                  from clocks_deadline d
                 where d.next_check_at <= :now and d.status = 'breached'
                 order by d.next_check_at limit :batch),
            hit as (
                -- every deadline read gets its next check moved on, even if the chain was shortened since it breached
                update clocks_deadline d
                   set escalation_level = greatest(due.new_level, due.old_level),
                       next_check_at = (select due.breached_at + make_interval(secs => c.after_s) from chain c
                                         where c.level = greatest(due.new_level, due.old_level) + 1)
                  from due
                 where d.id = due.id
             returning d.id, due.old_level, due.new_level, due.breached_at, d.owner_user_id, d.agency_id),
            steps as (
                select hit.id, c.level, c.target, hit.breached_at + make_interval(secs => c.after_s) as step_at,
                       case c.target when 'OWNER' then hit.owner_user_id
                                     when 'SUPERVISOR' then sup.supervisor_id
                                     else lead.senior_lead_id end as recipient
                  from hit
                  join chain c on c.level > hit.old_level and c.level <= hit.new_level
                  left join unnest(cast(:users as bigint[]), cast(:supervisors as bigint[])) as sup(user_id, supervisor_id)
                         on sup.user_id = hit.owner_user_id
                  left join unnest(cast(:agencies as bigint[]), cast(:leads as bigint[])) as lead(agency_id, senior_lead_id)
                         on lead.agency_id = hit.agency_id),
            log as (
                insert into clocks_escalation (deadline_id, level, target, recipient_user_id, due_at, recorded_at)
                select id, level, target, recipient, step_at, :now from steps),
            notified as (
                insert into clocks_notification (deadline_id, recipient_user_id, kind, target, level, created_at)
                select id, recipient, 'escalation', target, level, :now from steps)
            select * from steps""";

    private static final String WARN = """
            with reached as (
                select d.id, (select count(*) from unnest(d.warning_at) w where w <= :now)::int as n
                  from clocks_deadline d
                 where d.next_check_at <= :now and d.status in ('open', 'warned') and d.due_at > :now
                 order by d.next_check_at limit :batch),
            hit as (
                update clocks_deadline d
                   set status = 'warned', warnings_raised = reached.n,
                       next_check_at = least(coalesce(d.warning_at[reached.n + 1], d.due_at), d.due_at)
                  from reached
                 where d.id = reached.id and reached.n > d.warnings_raised
             returning d.id, d.rule_id, d.subject_type, d.subject_id, d.owner_user_id, d.agency_id, reached.n,
                       d.warning_at[reached.n] as warned_at),
            recipients as (
                select hit.id, t.target, hit.n,
                       case t.target when 'OWNER' then hit.owner_user_id
                                     when 'SUPERVISOR' then sup.supervisor_id
                                     else lead.senior_lead_id end as recipient
                  from hit
                  cross join unnest(cast(:warnTargets as text[])) as t(target)
                  left join unnest(cast(:users as bigint[]), cast(:supervisors as bigint[])) as sup(user_id, supervisor_id)
                         on sup.user_id = hit.owner_user_id
                  left join unnest(cast(:agencies as bigint[]), cast(:leads as bigint[])) as lead(agency_id, senior_lead_id)
                         on lead.agency_id = hit.agency_id),
            notified as (
                insert into clocks_notification (deadline_id, recipient_user_id, kind, target, level, created_at)
                select id, recipient, 'warning', target, n, :now from recipients),
            history as (
                insert into clocks_deadline_event (deadline_id, kind, at, recorded_at, recorded_by, detail)
                select id, 'warned', warned_at, :now, 'sweep', 'warning ' || n from hit)
            select * from hit""";

    private final JdbcClient jdbc;
    private final int batch;

    /**
     * @param batch the most deadlines each statement takes in one pass, so a pass after downtime stays short and
     *              its transaction small; the rest follow in the next passes
     */
    public SetBasedSweep(JdbcClient jdbc, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One pass at {@code now}. Run it inside a transaction. */
    public Findings run(Instant now, EscalationChain chain, Directory directory) {
        var nowTs = DeadlineStore.ts(now);
        Double firstStep = chain.steps().isEmpty() ? null : (double) chain.steps().get(0).afterBreach().toSeconds();
        List<DeadlineBreached> breaches = jdbc.sql(BREACH).param("now", nowTs).param("batch", batch).param("firstStep", firstStep)
                .query((rs, i) -> new DeadlineBreached(rs.getLong("id"), RuleId.of(rs.getString("rule_id")),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getLong("owner_user_id"),
                        DeadlineStore.instant(rs, "due_at")))
                .list();

        Long[] users = directory.supervisorOf().keySet().toArray(Long[]::new);
        Long[] supervisors = java.util.Arrays.stream(users).map(directory.supervisorOf()::get).toArray(Long[]::new);
        Long[] agencies = directory.seniorLeadOf().keySet().toArray(Long[]::new);
        Long[] leads = java.util.Arrays.stream(agencies).map(directory.seniorLeadOf()::get).toArray(Long[]::new);

        List<EscalationStep> escalations = jdbc.sql(ESCALATE).param("now", nowTs).param("batch", batch)
                .param("afters", chain.steps().stream().map(s -> (double) s.afterBreach().toSeconds()).toArray(Double[]::new))
                .param("targets", chain.steps().stream().map(s -> s.target().name()).toArray(String[]::new))
                .param("users", users).param("supervisors", supervisors).param("agencies", agencies).param("leads", leads)
                .query((rs, i) -> new EscalationStep(rs.getLong("id"), rs.getInt("level"), rs.getString("target"),
                        rs.getObject("recipient", Long.class), DeadlineStore.instant(rs, "step_at")))
                .list();

        List<DeadlineWarned> warnings = jdbc.sql(WARN).param("now", nowTs).param("batch", batch)
                .param("warnTargets", chain.warningTargets().stream().map(Enum::name).toArray(String[]::new))
                .param("users", users).param("supervisors", supervisors).param("agencies", agencies).param("leads", leads)
                .query((rs, i) -> new DeadlineWarned(rs.getLong("id"), RuleId.of(rs.getString("rule_id")),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getLong("owner_user_id"),
                        rs.getInt("n"), DeadlineStore.instant(rs, "warned_at")))
                .list();
        long deadlinesEscalated = escalations.stream().mapToLong(EscalationStep::deadlineId).distinct().count();
        boolean backlog = breaches.size() >= batch || deadlinesEscalated >= batch || warnings.size() >= batch;
        return new Findings(breaches, escalations, warnings, backlog);
    }
}
