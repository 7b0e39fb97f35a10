package haven.secureestate.notifications;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SE-07 outbox: a notification is written in the same transaction as the injuring restraint, then sent and re-sent
 * with backoff (time from the injected clock) until the partnership acknowledges it. Every attempt is kept.
 */
@Component
public class PartnershipOutbox {

    private static final RowMapper<PartnershipNotification> ROW = (rs, i) -> new PartnershipNotification(
            rs.getObject("id", UUID.class), rs.getObject("use_of_force_id", UUID.class),
            rs.getObject("establishment_id", UUID.class), rs.getString("partnership"), rs.getString("payload"),
            rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
            rs.getString("last_error"), rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant(),
            rs.getString("acknowledged_ref"));

    private final JdbcClient jdbc;
    private final PartnershipGateway gateway;
    private final RetrySchedule schedule;
    private final Clock clock;

    PartnershipOutbox(JdbcClient jdbc, PartnershipGateway gateway, Clock clock) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.schedule = RetrySchedule.standard();
        this.clock = clock;
    }

    /** Queues a notification for an injuring restraint; called inside the transaction that records the restraint. */
    public UUID enqueue(UUID useOfForceId, UUID establishmentId, String partnership, String payload) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into se_partnership_notification (id, use_of_force_id, establishment_id, partnership, payload,
                    created_at, next_attempt_at)
                values (:id, :u, :e, :p, :payload, :now, :now) on conflict (use_of_force_id) do nothing""")
                .param("id", id).param("u", useOfForceId).param("e", establishmentId).param("p", partnership)
                .param("payload", payload).param("now", Timestamp.from(now)).update();
        return id;
    }

    /** Sends every unacknowledged notification that is due; returns how many attempts were made. */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        List<PartnershipNotification> due = jdbc.sql("""
                select * from se_partnership_notification where acknowledged_at is null and next_attempt_at <= :now
                order by next_attempt_at limit 100 for update skip locked""")
                .param("now", Timestamp.from(now)).query(ROW).list();
        for (PartnershipNotification n : due) {
            String outcome;
            String error = null;
            try {
                gateway.deliver(n);
                outcome = "DELIVERED";
            } catch (RuntimeException e) {
                outcome = "FAILED";
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            int attempts = n.attempts() + 1;
            jdbc.sql("""
                    update se_partnership_notification set attempts = :a, next_attempt_at = :next, last_error = :err
                    where id = :id""")
                    .param("a", attempts).param("next", Timestamp.from(schedule.nextAttempt(now, attempts)))
                    .param("err", error).param("id", n.id()).update();
            jdbc.sql("""
                    insert into se_partnership_notification_attempt (id, notification_id, attempted_at, outcome, detail)
                    values (:id, :n, :at, :o, :d)""")
                    .param("id", UUID.randomUUID()).param("n", n.id()).param("at", Timestamp.from(now))
                    .param("o", outcome).param("d", error).update();
        }
        return due.size();
    }

    /** Records the partnership's acknowledgement; a second acknowledgement changes nothing. */
    @Transactional
    public Optional<PartnershipNotification> acknowledge(UUID id, String reference) {
        jdbc.sql("""
                update se_partnership_notification set acknowledged_at = :now, acknowledged_ref = :ref
                where id = :id and acknowledged_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("ref", reference).param("id", id).update();
        return find(id);
    }

    public Optional<PartnershipNotification> find(UUID id) {
        return jdbc.sql("select * from se_partnership_notification where id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<PartnershipNotification> forUseOfForce(UUID useOfForceId) {
        return jdbc.sql("select * from se_partnership_notification where use_of_force_id = :u")
                .param("u", useOfForceId).query(ROW).optional();
    }

    public List<PartnershipNotification> all(boolean unacknowledgedOnly) {
        return jdbc.sql("select * from se_partnership_notification where (:all or acknowledged_at is null) order by created_at desc limit 500")
                .param("all", !unacknowledgedOnly).query(ROW).list();
    }

    /** Attempts made for one notification, oldest first: (when, outcome, detail). */
    public List<String[]> attempts(UUID id) {
        return jdbc.sql("""
                select attempted_at, outcome, detail from se_partnership_notification_attempt where notification_id = :n
                order by attempted_at""").param("n", id)
                .query((rs, i) -> new String[] {rs.getTimestamp(1).toInstant().toString(), rs.getString(2), rs.getString(3)})
                .list();
    }
}
