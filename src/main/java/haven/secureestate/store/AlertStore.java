package haven.secureestate.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static haven.secureestate.store.Sql.instant;
import static haven.secureestate.store.Sql.ts;

/** Alerts raised to a role in an establishment; raising the same alert for the same source twice does nothing. */
@Repository
public class AlertStore {

    /** An alert as listed for the role it is for. */
    public record Alert(UUID id, UUID establishmentId, Long childPersonId, String ruleId, String kind, String forRole,
                        String message, Instant raisedAt, boolean acknowledged) {
    }

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean raise(UUID establishmentId, Long child, String ruleId, String kind, String forRole, String message,
                         UUID sourceId, Instant at) {
        return jdbc.sql("""
                insert into se_alert (id, establishment_id, child_person_id, rule_id, kind, for_role, message, source_id, raised_at)
                values (:id, :e, :c, :rule, :kind, :role, :msg, :src, :at) on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("e", establishmentId).param("c", child).param("rule", ruleId)
                .param("kind", kind).param("role", forRole).param("msg", message).param("src", sourceId)
                .param("at", ts(at)).update() == 1;
    }

    public List<Alert> open(UUID establishmentId, String forRole) {
        return jdbc.sql("""
                select a.*, exists(select 1 from se_alert_acknowledgement k where k.alert_id = a.id) ack from se_alert a
                where a.establishment_id = :e and (cast(:role as text) is null or a.for_role = :role)
                and not exists(select 1 from se_alert_acknowledgement k where k.alert_id = a.id)
                order by a.raised_at desc limit 200""")
                .param("e", establishmentId).param("role", forRole)
                .query((rs, i) -> new Alert(rs.getObject("id", UUID.class), rs.getObject("establishment_id", UUID.class),
                        rs.getObject("child_person_id", Long.class), rs.getString("rule_id"), rs.getString("kind"),
                        rs.getString("for_role"), rs.getString("message"), instant(rs.getTimestamp("raised_at")),
                        rs.getBoolean("ack"))).list();
    }

    public int count(UUID establishmentId, String kind) {
        return jdbc.sql("select count(*) from se_alert where establishment_id = :e and kind = :k")
                .param("e", establishmentId).param("k", kind).query(Integer.class).single();
    }
}
