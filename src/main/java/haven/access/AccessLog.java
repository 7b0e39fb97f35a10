package haven.access;

import haven.access.internal.AccessLogChain;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of personal data: who, in which role and agency, when, which person, how and
 * why. Append-only, and tamper-evident: each entry carries the hash of the one before, so
 * {@link #verify()} finds the first entry that was changed or removed.
 */
@Service
public class AccessLog {
    private static final long CHAIN_LOCK = 0x4A7E_10C5L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One entry as shown to those allowed to see who looked at a record. */
    public record Entry(long id, Instant at, String username, String role, String agencyCode, Long personId,
                        AccessAction action, String channel, String reason, boolean breakGlass) {
    }

    /** The outcome of checking the whole chain. */
    public sealed interface Verification {
        record Intact(long entries) implements Verification {
        }

        record Broken(long firstBrokenEntryId, String problem) implements Verification {
        }
    }

    /** Writes one entry in its own transaction, so a view is logged even if the page then fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long record(HavenUser user, Long personId, AccessAction action, String channel, String reason, boolean breakGlass) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", CHAIN_LOCK).query(Object.class).single();
        String prev = jdbc.sql("select hash from access_log order by id desc limit 1")
                .query(String.class).optional().orElse(AccessLogChain.GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var fields = new AccessLogChain.Fields(at, user.username(), user.primaryRole().name(), user.agencyCode(),
                personId, action.name(), channel, reason, breakGlass);
        String hash = AccessLogChain.hash(prev, fields);
        return jdbc.sql("""
                insert into access_log (at, username, role, agency_code, person_id, action, channel, reason, break_glass, prev_hash, hash)
                values (:at, :u, :r, :a, :p, :action, :channel, :reason, :bg, :prev, :hash) returning id""")
                .param("at", Timestamp.from(at)).param("u", user.username()).param("r", fields.role())
                .param("a", user.agencyCode()).param("p", personId).param("action", action.name())
                .param("channel", channel).param("reason", reason).param("bg", breakGlass)
                .param("prev", prev).param("hash", hash)
                .query(Long.class).single();
    }

    /** Who has looked at a person's record, newest first. */
    public List<Entry> viewsOf(long personId, int limit) {
        return jdbc.sql("""
                select id, at, username, role, agency_code, person_id, action, channel, reason, break_glass
                from access_log where person_id = :p order by id desc limit :n""")
                .param("p", personId).param("n", limit)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Long.class), AccessAction.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getBoolean(10)))
                .list();
    }

    /** Walks the whole chain in order and names the first entry whose hash or link does not hold. */
    @Transactional(readOnly = true)
    public Verification verify() {
        var checker = new AccessLogChain.Checker();
        jdbc.sql("""
                select id, at, username, role, agency_code, person_id, action, channel, reason, break_glass, prev_hash, hash
                from access_log order by id""")
                .query(rs -> {
                    if (checker.broken() == null) {
                        var fields = new AccessLogChain.Fields(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getBoolean(10));
                        checker.next(rs.getLong(1), fields, rs.getString(11), rs.getString(12));
                    }
                });
        return checker.broken() != null ? checker.broken() : new Verification.Intact(checker.count());
    }
}
