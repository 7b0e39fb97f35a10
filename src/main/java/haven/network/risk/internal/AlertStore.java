package haven.network.risk.internal;

import haven.network.risk.CoLocationAlert;
import haven.network.risk.CoLocationReason;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds co-locations in the graph and keeps the alerts they raise, their recipients and what was done. */
@Repository
public class AlertStore {
    private static final String CUR = GraphStore.CURRENT;
    private static final String CUR_F = CUR.replace("k.", "kf.");

    private final JdbcClient jdbc;

    private final haven.access.MergedPersons merged;

    AlertStore(JdbcClient jdbc, haven.access.MergedPersons merged) {
        this.jdbc = jdbc;
        this.merged = merged;
    }

    /**
     * Adults flagged as posing a risk to children near these persons: the persons
     * themselves, those they share a home with, and anyone up to two person-to-person
     * links away (so a new parent link finds the flagged partner of the parent).
     */
    public List<Long> flaggedNear(Collection<Long> persons, LocalDate today) {
        if (persons.isEmpty()) {
            return List.of();
        }
        if (persons.size() > REVERSE_ABOVE) {
            long flagged = jdbc.sql("select count(distinct f.person_id) from held_flag f where " + RiskQueries.LIVE_FLAG
                            + " and f.type = any(:riskTypes)").param("today", today)
                    .param("riskTypes", RiskQueries.RISK_TO_CHILDREN.toArray(String[]::new)).query(Long.class).single();
            if (flagged < persons.size()) {
                return flaggedReachingAny(persons, today);
            }
        }
        return flaggedWithinReachOf(persons, today);
    }

    /** {@link #flaggedNear} walking out from the persons. */
    List<Long> flaggedWithinReachOf(Collection<Long> persons, LocalDate today) {
        String sql = """
                with touched as (select unnest(cast(:persons as bigint[])) as person_id),
                trecs as (select r.id from person_record r join touched t on t.person_id = r.person_id),
                n1 as (
                    select person_id from touched
                    union
                    select r2.person_id from link k join trecs on trecs.id = k.from_record
                    join person_record r2 on r2.id = k.to_record where %1$s
                    union
                    select r2.person_id from link k join trecs on trecs.id = k.to_record
                    join person_record r2 on r2.id = k.from_record where %1$s
                    union
                    select r2.person_id from link kf join trecs on trecs.id = kf.from_record
                    join link k on k.to_location = kf.to_location and k.type in ('LIVES_AT', 'STAYS_AT') and %1$s
                    join person_record r2 on r2.id = k.from_record
                    where kf.type in ('LIVES_AT', 'STAYS_AT') and %2$s),
                n1recs as (select r.id from person_record r join n1 on n1.person_id = r.person_id),
                n2 as (
                    select person_id from n1
                    union
                    select r2.person_id from link k join n1recs on n1recs.id = k.from_record
                    join person_record r2 on r2.id = k.to_record where %1$s
                    union
                    select r2.person_id from link k join n1recs on n1recs.id = k.to_record
                    join person_record r2 on r2.id = k.from_record where %1$s)
                select distinct f.person_id from held_flag f join n2 on n2.person_id = f.person_id
                where %3$s and f.type = any(:riskTypes)""".formatted(CUR, CUR_F, RiskQueries.LIVE_FLAG);
        return jdbc.sql(sql).param("persons", persons.toArray(Long[]::new)).param("today", today)
                .param("riskTypes", RiskQueries.RISK_TO_CHILDREN.toArray(String[]::new)).query(Long.class).list();
    }

    /**
     * Above this many persons (an import's chunk), {@link #flaggedNear} walks out from the flagged adults instead,
     * when they are fewer: the same neighbourhood seen from its other end, so the work follows the handful of flagged
     * adults rather than the thousands of persons an import touched.
     */
    static final int REVERSE_ABOVE = 1_000;

    /**
     * {@link #flaggedNear} from the flagged side: each flagged adult, their person-to-person links, and from those
     * their person-to-person links and the people they live with; the adults whose neighbourhood holds one of
     * {@code persons}. The relation is the same read backwards, as every step is symmetric.
     */
    List<Long> flaggedReachingAny(Collection<Long> persons, LocalDate today) {
        String sql = """
                with flagged as (select distinct f.person_id from held_flag f where %3$s and f.type = any(:riskTypes)),
                m1 as (
                    select person_id as risk, person_id from flagged
                    union
                    select fl.person_id, r2.person_id from flagged fl join person_record r on r.person_id = fl.person_id
                    join link k on k.from_record = r.id join person_record r2 on r2.id = k.to_record where %1$s
                    union
                    select fl.person_id, r2.person_id from flagged fl join person_record r on r.person_id = fl.person_id
                    join link k on k.to_record = r.id join person_record r2 on r2.id = k.from_record where %1$s),
                m1recs as (select m1.risk, r.id from m1 join person_record r on r.person_id = m1.person_id),
                m2 as (
                    select risk, person_id from m1
                    union
                    select m.risk, r2.person_id from m1recs m join link k on k.from_record = m.id
                    join person_record r2 on r2.id = k.to_record where %1$s
                    union
                    select m.risk, r2.person_id from m1recs m join link k on k.to_record = m.id
                    join person_record r2 on r2.id = k.from_record where %1$s
                    union
                    select m.risk, r2.person_id from m1recs m join link kf on kf.from_record = m.id
                    join link k on k.to_location = kf.to_location and k.type in ('LIVES_AT', 'STAYS_AT') and %1$s
                    join person_record r2 on r2.id = k.from_record
                    where kf.type in ('LIVES_AT', 'STAYS_AT') and %2$s)
                select distinct m2.risk from m2 where m2.person_id = any(:persons)""".formatted(CUR, CUR_F,
                RiskQueries.LIVE_FLAG);
        return jdbc.sql(sql).param("persons", persons.toArray(Long[]::new)).param("today", today)
                .param("riskTypes", RiskQueries.RISK_TO_CHILDREN.toArray(String[]::new)).query(Long.class).list();
    }

    /** One way a flagged adult is placed with a child, and the links that show it. */
    public record CoLocation(long child, CoLocationReason reason, Long locationId, List<Long> linkIds) {
    }

    /** Every child the flagged adult shares an address or household with, or whose parent is their partner. */
    public List<CoLocation> coLocatedChildren(long risk, LocalDate today) {
        String sql = """
                with f as (select id from person_record where person_id = :risk),
                pairs as (
                    select c.person_id as child, 'SAME_ADDRESS' as reason, kf.to_location as location_id, array[kf.id, k.id] as links
                    from link kf join f on f.id = kf.from_record
                    join link k on k.to_location = kf.to_location and k.type in ('LIVES_AT', 'STAYS_AT') and %1$s
                    join person_record c on c.id = k.from_record
                    where kf.type in ('LIVES_AT', 'STAYS_AT') and %2$s
                    union all
                    select c.person_id, 'SAME_HOUSEHOLD', null, array[k.id]
                    from link k join f on f.id = k.from_record join person_record c on c.id = k.to_record
                    where k.type = 'HOUSEHOLD_MEMBER' and %1$s
                    union all
                    select c.person_id, 'SAME_HOUSEHOLD', null, array[k.id]
                    from link k join f on f.id = k.to_record join person_record c on c.id = k.from_record
                    where k.type = 'HOUSEHOLD_MEMBER' and %1$s
                    union all
                    select c.person_id, 'PARTNER_OF_PARENT', null, array[pp.link, k.id]
                    from (select k.id as link, a.person_id as parent from link k join f on f.id = k.from_record
                          join person_record a on a.id = k.to_record where k.type = 'PARTNER' and %1$s
                          union all
                          select k.id, a.person_id from link k join f on f.id = k.to_record
                          join person_record a on a.id = k.from_record where k.type = 'PARTNER' and %1$s) pp
                    join person_record ar on ar.person_id = pp.parent
                    join link k on k.from_record = ar.id and k.type in ('PARENT', 'CARER') and %1$s
                    join person_record c on c.id = k.to_record)
                select p.child, p.reason, p.location_id, array_agg(distinct l order by l)
                from pairs p cross join lateral unnest(p.links) l
                where p.child <> :risk and %3$s
                group by p.child, p.reason, p.location_id
                order by p.child, p.reason""".formatted(CUR, CUR_F, RiskQueries.IS_CHILD.formatted("p.child"));
        return jdbc.sql(sql).param("risk", risk).param("today", today).param("cutoff", today.minusYears(18))
                .query((rs, i) -> new CoLocation(rs.getLong(1), CoLocationReason.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class), Arrays.asList((Long[]) rs.getArray(4).getArray())))
                .list();
    }

    /** Each event with a flagged adult and a child among its participants: {event, child, adult, location or -1}. */
    public List<long[]> presentTogether(List<Long> eventIds, LocalDate today) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                with parts as (select distinct ep.event_id, r.person_id from event_participant ep
                               join person_record r on r.id = ep.record_id where ep.event_id = any(:events)),
                risky as (select distinct parts.event_id, parts.person_id from parts join held_flag f on f.person_id = parts.person_id
                          where %1$s and f.type = any(:riskTypes))
                select c.event_id, c.person_id, risky.person_id, coalesce(e.location_id, -1)
                from risky join parts c on c.event_id = risky.event_id and c.person_id <> risky.person_id
                join event e on e.id = c.event_id
                where %2$s""".formatted(RiskQueries.LIVE_FLAG, RiskQueries.IS_CHILD.formatted("c.person_id"));
        return jdbc.sql(sql).param("events", eventIds.toArray(Long[]::new)).param("today", today)
                .param("cutoff", today.minusYears(18)).param("riskTypes", RiskQueries.RISK_TO_CHILDREN.toArray(String[]::new))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).list();
    }

    public List<Long> riskFlagIds(long person, LocalDate today) {
        return jdbc.sql("select f.id from held_flag f where f.person_id = :p and " + RiskQueries.LIVE_FLAG
                        + " and f.type = any(:riskTypes) order by f.id")
                .param("p", person).param("today", today)
                .param("riskTypes", RiskQueries.RISK_TO_CHILDREN.toArray(String[]::new)).query(Long.class).list();
    }

    /** Stores a new alert; empty when the same co-location was alerted before. */
    public Optional<Long> insert(long child, long risk, CoLocationReason reason, Long location, List<Long> links,
                                 List<Long> flagIds, Long eventId, String trigger, Instant now) {
        // One alert per child, adult, reason and place: a second event at the same place adds nothing new.
        String key = child + ":" + risk + ":" + reason + ":" + (location == null ? "" : location);
        return jdbc.sql("""
                insert into co_location_alert (child_person_id, risk_person_id, reason, location_id, cause_link_ids,
                    cause_flag_ids, cause_event_id, triggered_by, dedupe_key, raised_at)
                values (:c, :r, :reason, :l, :links, :flags, :e, :t, :key, :now)
                on conflict (dedupe_key) do nothing returning id""")
                .param("c", child).param("r", risk).param("reason", reason.name()).param("l", location)
                .param("links", links.toArray(Long[]::new)).param("flags", flagIds.toArray(Long[]::new)).param("e", eventId)
                .param("t", trigger).param("key", key).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    public void addRecipient(long alertId, long userId, String why) {
        jdbc.sql("insert into co_location_alert_recipient (alert_id, user_id, why) values (:a, :u, :w) on conflict do nothing")
                .param("a", alertId).param("u", userId).param("w", why).update();
    }

    // Candidates for routing (see AlertRouting).

    public List<AlertRouting.Candidate> involved(long person, String rolePattern, String why, Instant now) {
        return jdbc.sql("""
                select distinct ci.user_id from case_involvement ci join app_user u on u.id = ci.user_id
                where ci.person_id = :p and ci.role ilike :pattern and (ci.until is null or ci.until > :now) and u.enabled""")
                .param("p", person).param("pattern", rolePattern).param("now", Timestamp.from(now))
                .query((rs, i) -> new AlertRouting.Candidate(rs.getLong(1), why)).list();
    }

    /** Offender managers of the police agencies that raised these flags. */
    public List<AlertRouting.Candidate> flaggingAgencyOffenderManagers(List<Long> flagIds) {
        return jdbc.sql("""
                select distinct u.id, a.name from flag f join agency a on a.id = f.owner_agency_id and a.type = 'POLICE'
                join app_user u on u.agency_id = a.id and 'OFFENDER_MANAGER' = any(u.roles) and u.enabled
                where f.id = any(:flags) order by u.id""")
                .param("flags", flagIds.toArray(Long[]::new))
                .query((rs, i) -> new AlertRouting.Candidate(rs.getLong(1), "Offender managers, " + rs.getString(2))).list();
    }

    /** Users with {@code role} in agencies of {@code agencyType} whose area is, or contains, one of these areas. */
    public List<AlertRouting.Candidate> staffCovering(Collection<String> areas, String agencyType, String role, String why) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with recursive up(code) as (
                    select code from area where code = any(:areas)
                    union select a.parent_code from area a join up on a.code = up.code where a.parent_code is not null)
                select distinct u.id, ag.name from agency ag join up on up.code = ag.area_code
                join app_user u on u.agency_id = ag.id and :role = any(u.roles) and u.enabled
                where ag.type = :type order by u.id""")
                .param("areas", areas.toArray(String[]::new)).param("role", role).param("type", agencyType)
                .query((rs, i) -> new AlertRouting.Candidate(rs.getLong(1), why + ", " + rs.getString(2))).list();
    }

    /** The named senior leads of agencies of {@code agencyType} whose area is one of these areas. */
    public List<AlertRouting.Candidate> seniorLeadsCovering(Collection<String> areas, String agencyType, String why) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct ag.senior_lead_user_id, ag.name from agency ag
                where ag.area_code = any(:areas) and ag.type = :type and ag.senior_lead_user_id is not null
                order by ag.senior_lead_user_id""")
                .param("areas", areas.toArray(String[]::new)).param("type", agencyType)
                .query((rs, i) -> new AlertRouting.Candidate(rs.getLong(1), why + ", " + rs.getString(2))).list();
    }

    public Optional<String> locationArea(Long locationId) {
        if (locationId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select area_code from location where id = :l").param("l", locationId).query(String.class).optional();
    }

    // Reading alerts back.

    private static final String SELECT = """
            select a.*, coalesce((select x.action from co_location_alert_action x where x.alert_id = a.id
                                  order by x.taken_at desc, x.id desc limit 1), 'OPEN') as status
            from co_location_alert a""";

    private static final RowMapper<CoLocationAlert> ALERT = (rs, i) -> new CoLocationAlert(rs.getLong("id"),
            rs.getLong("child_person_id"), rs.getLong("risk_person_id"), CoLocationReason.valueOf(rs.getString("reason")),
            rs.getObject("location_id", Long.class), List.of(), rs.getString("triggered_by"),
            rs.getTimestamp("raised_at").toInstant(), rs.getString("status"), List.of());

    public List<CoLocationAlert> forUser(long userId, boolean openOnly, int limit) {
        return jdbc.sql("select * from (" + SELECT + " join co_location_alert_recipient r on r.alert_id = a.id and r.user_id = :u) s"
                        + (openOnly ? " where s.status <> 'CLOSED'" : "") + " order by s.raised_at desc, s.id desc limit :n")
                .param("u", userId).param("n", limit).query(ALERT).list();
    }

    /** Alerts about this person, including those raised under a person since merged into them (ADR 0004). */
    public List<CoLocationAlert> aboutPerson(long personId) {
        return jdbc.sql(SELECT + " where a.child_person_id = any(:p) or a.risk_person_id = any(:p) order by a.raised_at desc")
                .param("p", merged.withMergedInto(personId).toArray(Long[]::new)).query(ALERT).list();
    }

    public Optional<CoLocationAlert> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ALERT).optional();
    }

    public boolean isRecipient(long alertId, long userId) {
        return jdbc.sql("select exists(select 1 from co_location_alert_recipient where alert_id = :a and user_id = :u)")
                .param("a", alertId).param("u", userId).query(Boolean.class).single();
    }

    public List<CoLocationAlert.Recipient> recipients(long alertId) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, ag.name, r.why from co_location_alert_recipient r
                join app_user u on u.id = r.user_id join agency ag on ag.id = u.agency_id
                where r.alert_id = :a order by u.username""")
                .param("a", alertId)
                .query((rs, i) -> new CoLocationAlert.Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The links, flags and event that caused an alert, each with its source system and agency. */
    public List<CoLocationAlert.Cause> causes(long alertId) {
        return jdbc.sql("""
                select 'LINK', k.id, k.type, ag.name || ', ' || k.source_system || ' ' || k.source_id, 1 as o
                from co_location_alert a join link k on k.id = any(a.cause_link_ids) join agency ag on ag.id = k.agency_id
                where a.id = :a
                union all
                select 'FLAG', f.id, f.type, ag.name || ', raised by ' || f.raised_by, 2
                from co_location_alert a join flag f on f.id = any(a.cause_flag_ids) join agency ag on ag.id = f.owner_agency_id
                where a.id = :a
                union all
                select 'EVENT', e.id, e.type, ag.name || ', ' || e.source_system || ' ' || e.source_id, 3
                from co_location_alert a join event e on e.id = a.cause_event_id join agency ag on ag.id = e.agency_id
                where a.id = :a
                order by 5, 2""")
                .param("a", alertId)
                .query((rs, i) -> new CoLocationAlert.Cause(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void act(long alertId, String action, String note, String by, Instant now) {
        jdbc.sql("""
                insert into co_location_alert_action (alert_id, action, note, taken_by, taken_at)
                values (:a, :action, :note, :by, :now)""")
                .param("a", alertId).param("action", action).param("note", note).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    public List<String[]> actions(long alertId) {
        return jdbc.sql("""
                select action, note, taken_by, to_char(taken_at at time zone 'Europe/London', 'DD Mon YYYY HH24:MI')
                from co_location_alert_action where alert_id = :a order by taken_at, id""")
                .param("a", alertId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
    }
}
