package haven.access;

import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Views made with a reason by someone not involved in the case, queued for their supervisor to review. */
@Service
public class BreakGlassReviews {
    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;

    BreakGlassReviews(JdbcClient jdbc, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** One view waiting for review. */
    public record Pending(long accessLogId, Instant at, String username, String displayName, Long personId, String reason) {
    }

    /** Break-glass views by the supervisor's own staff that nobody has reviewed yet, oldest first. */
    public List<Pending> pendingFor(HavenUser supervisor) {
        return jdbc.sql("""
                select l.id, l.at, l.username, u.display_name, l.person_id, l.reason
                from access_log l join app_user u on u.username = l.username
                left join break_glass_review r on r.access_log_id = l.id
                where l.break_glass and r.access_log_id is null and u.supervisor_id = :s
                order by l.id""")
                .param("s", supervisor.id())
                .query((rs, i) -> new Pending(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6)))
                .list();
    }

    public long pendingCount(HavenUser supervisor) {
        return pendingFor(supervisor).size();
    }

    /** Records the supervisor's judgement of one view; a view is reviewed once. */
    @Transactional
    public void review(HavenUser supervisor, long accessLogId, boolean justified, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "Enter what you found when you reviewed this view");
        }
        boolean mine = pendingFor(supervisor).stream().anyMatch(p -> p.accessLogId() == accessLogId);
        if (!mine) {
            throw new NotFound("That view is not waiting for your review.");
        }
        jdbc.sql("""
                insert into break_glass_review (access_log_id, reviewed_by, reviewed_at, outcome, note)
                values (:id, :by, :now, :o, :n)""")
                .param("id", accessLogId).param("by", supervisor.username()).param("now", Timestamp.from(clock.instant()))
                .param("o", justified ? "JUSTIFIED" : "NOT_JUSTIFIED").param("n", note.strip()).update();
    }
}
