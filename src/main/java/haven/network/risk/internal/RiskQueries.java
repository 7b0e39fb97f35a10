package haven.network.risk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The area-wide risk queries, in plain SQL: children linked to flagged adults, and hotspots. */
@Repository
public class RiskQueries {
    /** Flags that mark someone as posing a risk to children. */
    public static final List<String> RISK_TO_CHILDREN = List.of("RISK_TO_CHILDREN", "REGISTERED_SEX_OFFENDER", "EXPLOITATION_SUSPECT");
    /** Flags that mark a child as at risk. */
    public static final List<String> CHILD_AT_RISK = List.of("EXPLOITATION_RISK", "MISSING_RISK", "CHILD_PROTECTION_PLAN",
            "LOOKED_AFTER_CHILD", "SELF_HARM");
    static final String LIVE_FLAG = "f.withdrawn_at is null and (f.expires_on is null or f.expires_on >= :today)";
    /**
     * Under 18 on any agency's record (C-01). A scalar subquery, so PostgreSQL looks each person
     * up by index instead of turning it into a join over every record.
     */
    static final String IS_CHILD = "coalesce((select bool_or(cr.date_of_birth > :cutoff) from person_record cr "
            + "where cr.person_id = %s), false)";

    private final JdbcClient jdbc;

    RiskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One child and one flagged adult, with every way they are linked. */
    public record Pair(long child, long risk, List<String> how, Long locationId, String place, List<String> riskFlags) {
    }

    /**
     * Children linked to adults flagged as posing a risk to children: directly (household
     * member, parent, carer, partner, associate), as the child of the adult's partner, by a
     * place both live or stay at, or by a phone or vehicle both use. {@code area} limits to
     * children whose current home is in that local authority; {@code person} to pairs with
     * that person on either side.
     */
    public List<Pair> childrenLinkedToRisk(LocalDate today, String area, Long person, int limit, int offset) {
        String cur = GraphStore.CURRENT;
        String sql = """
                with risky as (
                    select distinct f.person_id from held_flag f
                    where f.person_id is not null and %1$s and f.type = any(:riskTypes)),
                rrec as (select r.id, r.person_id from person_record r join risky on risky.person_id = r.person_id),
                pairs as materialized (
                    select c.person_id as child, rrec.person_id as risk, k.type as how, null::bigint as location_id
                    from link k join rrec on rrec.id = k.from_record join person_record c on c.id = k.to_record
                    where k.type in ('HOUSEHOLD_MEMBER', 'PARENT', 'CARER', 'PARTNER', 'ASSOCIATE') and %2$s
                    union all
                    select c.person_id, rrec.person_id, k.type, null
                    from link k join rrec on rrec.id = k.to_record join person_record c on c.id = k.from_record
                    where k.type in ('HOUSEHOLD_MEMBER', 'CARER', 'PARTNER', 'ASSOCIATE') and %2$s
                    union all
                    select c.person_id, pp.risk, 'PARTNER_OF_PARENT', null
                    from (select rrec.person_id as risk, a.person_id as parent
                          from link k join rrec on rrec.id = k.from_record join person_record a on a.id = k.to_record
                          where k.type = 'PARTNER' and %2$s
                          union all
                          select rrec.person_id, a.person_id
                          from link k join rrec on rrec.id = k.to_record join person_record a on a.id = k.from_record
                          where k.type = 'PARTNER' and %2$s) pp
                    join person_record ar on ar.person_id = pp.parent
                    join link k on k.from_record = ar.id and k.type in ('PARENT', 'CARER') and %2$s
                    join person_record c on c.id = k.to_record
                    union all
                    select c.person_id, rrec.person_id, 'SAME_PLACE', kf.to_location
                    from link kf join rrec on rrec.id = kf.from_record
                    join link k on k.to_location = kf.to_location and k.type in ('LIVES_AT', 'STAYS_AT') and %2$s
                    join person_record c on c.id = k.from_record
                    where kf.type in ('LIVES_AT', 'STAYS_AT') and kf.ended_at is null
                      and (kf.valid_to is null or kf.valid_to >= :today)
                    union all
                    select c.person_id, rrec.person_id, 'SHARED_' || t.type, null
                    from link kf join rrec on rrec.id = kf.from_record
                    join thing t on t.id = kf.to_thing and t.type in ('PHONE', 'VEHICLE')
                    join link k on k.to_thing = kf.to_thing and %2$s
                    join person_record c on c.id = k.from_record
                    where kf.ended_at is null and (kf.valid_to is null or kf.valid_to >= :today)),
                kept as (
                    select p.child, p.risk, array_agg(distinct p.how order by p.how) as how, min(p.location_id) as location_id
                    from pairs p
                    where p.child <> p.risk and %3$s
                      and (cast(:person as bigint) is null or :person in (p.child, p.risk))
                      and (cast(:area as text) is null or coalesce((
                            select true from person_record hr join link k on k.from_record = hr.id and k.type = 'LIVES_AT' and %2$s
                            join location hl on hl.id = k.to_location where hr.person_id = p.child and hl.area_code = :area
                            limit 1), false))
                    group by p.child, p.risk)
                select kept.child, kept.risk, kept.how, kept.location_id,
                       l.address_line || coalesce(', ' || l.postcode, ''),
                       (select array_agg(distinct f.type order by f.type) from held_flag f
                        where f.person_id = kept.risk and %1$s and f.type = any(:riskTypes))
                from kept left join location l on l.id = kept.location_id
                order by kept.child, kept.risk
                limit :limit offset :offset
                """.formatted(LIVE_FLAG, cur, IS_CHILD.formatted("p.child"));
        return jdbc.sql(sql)
                .param("riskTypes", RISK_TO_CHILDREN.toArray(String[]::new)).param("today", today)
                .param("cutoff", today.minusYears(18)).param("person", person).param("area", area)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Pair(rs.getLong(1), rs.getLong(2), Arrays.asList((String[]) rs.getArray(3).getArray()),
                        rs.getObject(4, Long.class), rs.getString(5),
                        rs.getArray(6) == null ? List.of() : Arrays.asList((String[]) rs.getArray(6).getArray())))
                .list();
    }

    /** A place linked to children at risk within the window, before names are added. */
    public record HotspotRow(long locationId, String address, String areaCode, int children, int links, int events,
                             int riskAdults, LocalDate firstSeen, LocalDate lastSeen) {
        @Override
        public String toString() {
            return "HotspotRow[location=" + locationId + "]";
        }
    }

    /**
     * Places linked to at least {@code minChildren} children at risk (a live at-risk flag)
     * between {@code from} and {@code to}: by a stay or a visit whose dates overlap the
     * window, or an event there in the window. A child's own home does not count for them.
     */
    public List<HotspotRow> hotspots(LocalDate today, LocalDate from, LocalDate to, Instant fromInstant, Instant toInstant,
                                     int minChildren, String area, int limit) {
        String sql = """
                with touch as (
                    select k.to_location as location_id, r.person_id as child,
                           greatest(coalesce(k.valid_from, :from), :from) as seen_from,
                           least(coalesce(k.valid_to, :to), :to) as seen_to, 'L' || k.id as ref
                    from link k join person_record r on r.id = k.from_record
                    where k.type in ('STAYS_AT', 'FREQUENTS')
                      and coalesce(k.valid_from, :from) <= :to and coalesce(k.valid_to, :to) >= :from
                    union all
                    select e.location_id, r.person_id, (e.occurred_at at time zone 'Europe/London')::date,
                           (e.occurred_at at time zone 'Europe/London')::date, 'E' || e.id
                    from event e join event_participant ep on ep.event_id = e.id join person_record r on r.id = ep.record_id
                    where e.location_id is not null and e.occurred_at >= :fromTs and e.occurred_at < :toTs),
                atrisk as (
                    select t.* from touch t
                    where exists (select 1 from held_flag f where f.person_id = t.child and %1$s and f.type = any(:atRisk))
                      and %2$s),
                away as (
                    select t.* from atrisk t
                    where not exists (select 1 from person_record hr join link h on h.from_record = hr.id
                                      where hr.person_id = t.child and h.type = 'LIVES_AT' and h.to_location = t.location_id))
                select a.location_id, l.address_line || coalesce(', ' || l.town, '') || coalesce(', ' || l.postcode, ''),
                       l.area_code, count(distinct a.child), count(distinct a.ref) filter (where a.ref like 'L%%'),
                       count(distinct a.ref) filter (where a.ref like 'E%%'),
                       (select count(distinct r.person_id) from link k join person_record r on r.id = k.from_record
                        join held_flag f on f.person_id = r.person_id and %1$s and f.type = any(:riskTypes)
                        where k.to_location = a.location_id),
                       min(a.seen_from), max(a.seen_to)
                from away a join location l on l.id = a.location_id
                where cast(:area as text) is null or l.area_code = :area
                group by a.location_id, l.address_line, l.town, l.postcode, l.area_code
                having count(distinct a.child) >= :min
                order by count(distinct a.child) desc, count(distinct a.ref) desc, a.location_id
                limit :limit
                """.formatted(LIVE_FLAG, IS_CHILD.formatted("t.child"));
        return jdbc.sql(sql)
                .param("atRisk", CHILD_AT_RISK.toArray(String[]::new)).param("riskTypes", RISK_TO_CHILDREN.toArray(String[]::new))
                .param("today", today).param("cutoff", today.minusYears(18)).param("from", from).param("to", to)
                .param("fromTs", Timestamp.from(fromInstant)).param("toTs", Timestamp.from(toInstant))
                .param("min", minChildren).param("area", area).param("limit", limit)
                .query((rs, i) -> new HotspotRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)))
                .list();
    }
}
