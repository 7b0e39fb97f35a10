package haven.referrals.internal;

import haven.access.Users;
import haven.referrals.Dashboard;
import haven.referrals.DecisionOutcome;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures behind the front-door dashboard, each one SQL aggregate over the referral tables. */
@Component
public class DashboardQueries {
    private static final String LATEST = """
            with latest as (
              select r.*, d.outcome, d.decided_at, d.late as decided_late
              from referral r
              left join lateral (select outcome, decided_at, late from referral_decision x where x.referral_id = r.id
                                 order by x.id limit 1) d on true)
            """;

    private final JdbcClient jdbc;
    private final Users users;

    DashboardQueries(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Totals: sent, awaiting within CP-01, overdue, challenged, open challenges, decided late, feedback rate, quality. */
    public record Totals(long sent, long awaiting, long overdue, long challenged, long openChallenges, long decidedLate,
                         double feedbackRate, double averageQuality) {
    }

    public Totals totals(Instant now) {
        return jdbc.sql(LATEST + """
                select count(*),
                       count(*) filter (where outcome is null and decision_due_at > :now),
                       count(*) filter (where outcome is null and decision_due_at <= :now),
                       count(*) filter (where exists (select 1 from referral_challenge c where c.referral_id = latest.id)),
                       count(*) filter (where exists (select 1 from referral_challenge c where c.referral_id = latest.id
                                                      and c.answered_at is null)),
                       count(*) filter (where decided_late),
                       count(*) filter (where exists (select 1 from referral_notification n where n.referral_id = latest.id
                                                      and n.user_id = latest.referrer_user_id and n.kind = 'DECIDED')),
                       count(*) filter (where outcome is not null or decision_due_at <= :now),
                       coalesce(avg(quality_score), 0)
                from latest""")
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(8) == 0 ? 1.0 : (double) rs.getLong(7) / rs.getLong(8), rs.getDouble(9)))
                .single();
    }

    /** Decided referrals by the decision first made (before any challenge). */
    public Map<DecisionOutcome, Long> byOutcome() {
        var map = new EnumMap<DecisionOutcome, Long>(DecisionOutcome.class);
        for (var o : DecisionOutcome.values()) {
            map.put(o, 0L);
        }
        jdbc.sql(LATEST + "select outcome, count(*) from latest where outcome is not null group by outcome")
                .query((rs, i) -> map.put(DecisionOutcome.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return map;
    }

    public List<Dashboard.Share> nfaByTeam() {
        return jdbc.sql(LATEST + """
                select referrer_agency_id, coalesce(referrer_team, ''), count(*) filter (where outcome is not null),
                       count(*) filter (where outcome = 'NO_FURTHER_ACTION'), count(*)
                from latest group by 1, 2 order by 1, 2""")
                .query((rs, i) -> new Dashboard.Share(agency(rs.getLong(1)) + (rs.getString(2).isEmpty() ? "" : ": " + rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
    }

    public List<Dashboard.Share> nfaByLocalAuthority() {
        return jdbc.sql(LATEST + """
                select la_agency_id, count(*) filter (where outcome is not null),
                       count(*) filter (where outcome = 'NO_FURTHER_ACTION'), count(*)
                from latest group by 1 order by 1""")
                .query((rs, i) -> new Dashboard.Share(agency(rs.getLong(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Every referral decision and challenge answer made after its clock, with the reason recorded, newest first. */
    public List<haven.referrals.LateDecision> delays(int limit) {
        return jdbc.sql("""
                select * from (
                  select 'CP-01' as clock, r.reference, r.la_agency_id, r.decision_due_at as due, d.decided_at as done,
                         d.reason_for_delay from referral_decision d join referral r on r.id = d.referral_id where d.late
                  union all
                  select 'Challenge', r.reference, r.la_agency_id, c.due_at, c.answered_at, c.reason_for_delay
                    from referral_challenge c join referral r on r.id = c.referral_id where c.late
                ) x order by done desc limit :n""")
                .param("n", limit)
                .query((rs, i) -> new haven.referrals.LateDecision(rs.getString(1), rs.getString(2), agency(rs.getLong(3)),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
    }

    private String agency(long id) {
        return users.agency(id).map(Users.Agency::name).orElse("Agency " + id);
    }

    /** The last {@code weeks} London weeks (Monday to Sunday), oldest first, including empty weeks. */
    public List<Dashboard.Week> weeks(LocalDate today, int weeks) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        var found = new java.util.HashMap<LocalDate, Dashboard.Week>();
        jdbc.sql(LATEST + """
                select (date_trunc('week', sent_at at time zone 'Europe/London'))::date as wk, count(*),
                       count(*) filter (where outcome is not null), count(*) filter (where outcome = 'NO_FURTHER_ACTION'),
                       count(*) filter (where decided_late)
                from latest where sent_at >= :from group by 1""")
                .param("from", Timestamp.from(first.atStartOfDay(haven.platform.time.LondonTime.ZONE).toInstant()))
                .query((rs, i) -> {
                    var w = new Dashboard.Week(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                    return found.put(w.start(), w);
                }).list();
        var result = new ArrayList<Dashboard.Week>();
        for (int i = 0; i < weeks; i++) {
            LocalDate start = first.plusWeeks(i);
            result.add(found.getOrDefault(start, new Dashboard.Week(start, 0, 0, 0, 0)));
        }
        return result;
    }
}
