package haven.secureestate.store;

import haven.secureestate.regime.Movement;
import haven.secureestate.regime.MovementKind;
import haven.secureestate.separation.AuthorityLevel;
import haven.secureestate.separation.Observation;
import haven.secureestate.separation.SeparationAuthority;
import haven.secureestate.separation.SeparationEpisode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static haven.secureestate.store.Sql.instant;
import static haven.secureestate.store.Sql.ts;

/** Separation episodes with their observations and written authorities, and the movements record. */
@Repository
public class SeparationStore {

    private final JdbcClient jdbc;

    private final SameChild sameChild;

    SeparationStore(JdbcClient jdbc, SameChild sameChild) {
        this.jdbc = jdbc;
        this.sameChild = sameChild;
    }

    /** Writes a new version of the episode; observations and authorities not yet stored are appended. */
    public void save(SeparationEpisode e, Recorded r) {
        jdbc.sql("""
                insert into se_separation (id, version, establishment_id, child_person_id, started_at, ended_at, reason,
                    other_methods_tried, authorised_by, reasons_given_in_writing_at, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_separation where id = :id), 0) + 1, :e, :child, :start,
                    :end, :reason, :other, :auth, :written, :at, :by, :why)""")
                .param("id", e.id()).param("e", e.establishmentId()).param("child", e.childPersonId())
                .param("start", ts(e.startedAt())).param("end", ts(e.endedAt())).param("reason", e.reason())
                .param("other", e.otherMethodsTried()).param("auth", e.authorisedBy())
                .param("written", ts(e.reasonsGivenInWritingAt())).param("at", ts(r.at())).param("by", r.by())
                .param("why", r.reason()).update();
        for (Observation o : e.observations()) {
            jdbc.sql("""
                    insert into se_separation_observation (id, separation_id, observed_at, staff_id, note, recorded_at, recorded_by)
                    select :id, :s, :at0, :staff, :note, :at, :by
                    where not exists (select 1 from se_separation_observation where separation_id = :s and observed_at = :at0)""")
                    .param("id", UUID.randomUUID()).param("s", e.id()).param("at0", ts(o.at())).param("staff", o.staffId())
                    .param("note", o.note()).param("at", ts(r.at())).param("by", r.by()).update();
        }
        for (SeparationAuthority a : e.authorities()) {
            jdbc.sql("""
                    insert into se_separation_authority (id, separation_id, granted_at, valid_until, level, granted_by, recorded_at, recorded_by)
                    select :id, :s, :g, :u, :l, :gb, :at, :by
                    where not exists (select 1 from se_separation_authority where separation_id = :s and granted_at = :g)""")
                    .param("id", UUID.randomUUID()).param("s", e.id()).param("g", ts(a.grantedAt()))
                    .param("u", ts(a.validUntil())).param("l", a.level().name()).param("gb", a.grantedBy())
                    .param("at", ts(r.at())).param("by", r.by()).update();
        }
    }

    public List<SeparationEpisode> inEstablishment(UUID establishmentId, Instant from, Instant to) {
        return load("""
                select * from se_separation_current where establishment_id = :e and started_at < :to
                and (ended_at is null or ended_at >= :from) order by started_at""",
                Map.of("e", establishmentId, "from", ts(from), "to", ts(to)));
    }

    public List<SeparationEpisode> ofChild(long childPersonId) {
        return load("select * from se_separation_current where child_person_id = any(:c) order by started_at",
                Map.of("c", sameChild.of(childPersonId)));
    }

    public java.util.Optional<SeparationEpisode> find(UUID id) {
        return load("select * from se_separation_current where id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<SeparationEpisode> load(String sql, Map<String, Object> params) {
        var spec = jdbc.sql(sql);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        List<Object[]> rows = spec.query((rs, i) -> new Object[] {rs.getObject("id", UUID.class),
                rs.getObject("establishment_id", UUID.class), rs.getLong("child_person_id"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")), rs.getString("reason"),
                rs.getString("other_methods_tried"), rs.getObject("authorised_by", UUID.class),
                instant(rs.getTimestamp("reasons_given_in_writing_at"))}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        String idArray = Sql.array(ids);
        Map<UUID, List<Observation>> obs = jdbc.sql("""
                select separation_id, observed_at, staff_id, note from se_separation_observation
                where separation_id = any(:ids::uuid[]) order by observed_at""").param("ids", idArray)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class),
                        new Observation(instant(rs.getTimestamp(2)), rs.getObject(3, UUID.class), rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<SeparationAuthority>> auth = jdbc.sql("""
                select separation_id, granted_at, valid_until, level, granted_by from se_separation_authority
                where separation_id = any(:ids::uuid[]) order by granted_at""").param("ids", idArray)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), new SeparationAuthority(instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3)), AuthorityLevel.valueOf(rs.getString(4)), rs.getObject(5, UUID.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new SeparationEpisode((UUID) r[0], (UUID) r[1], (Long) r[2], (Instant) r[3],
                (Instant) r[4], (String) r[5], (String) r[6], (UUID) r[7], (Instant) r[8],
                obs.getOrDefault((UUID) r[0], List.of()), auth.getOrDefault((UUID) r[0], List.of()))).toList();
    }

    public void saveMovements(UUID establishmentId, List<Movement> movements, Recorded r) {
        jdbc.sql("""
                insert into se_movement (id, establishment_id, child_person_id, moved_at, kind, activity, recorded_at, recorded_by)
                select gen_random_uuid(), :e, m.child, m.at, m.kind, m.activity, :at, :by
                from unnest(:children::bigint[], :ats::timestamptz[], :kinds::text[], :acts::text[]) as m(child, at, kind, activity)""")
                .param("e", establishmentId)
                .param("children", Sql.array(movements.stream().map(Movement::childPersonId).toList()))
                .param("ats", Sql.array(movements.stream().map(m -> m.at().toString()).toList()))
                .param("kinds", Sql.array(movements.stream().map(m -> m.kind().name()).toList()))
                .param("acts", Sql.array(movements.stream().map(m -> m.activity() == null ? "" : m.activity()).toList()))
                .param("at", ts(r.at())).param("by", r.by()).update();
    }

    /** Movements not withdrawn, for the children of an establishment from a point (with one day's lead-in). */
    public List<Movement> movements(UUID establishmentId, Instant from, Instant to) {
        return jdbc.sql("""
                select child_person_id, moved_at, kind, activity from se_movement m
                where establishment_id = :e and moved_at >= :from and moved_at < :to and withdraws is null
                and not exists (select 1 from se_movement w where w.withdraws = m.id) order by moved_at""")
                .param("e", establishmentId).param("from", ts(from.minus(java.time.Duration.ofDays(1)))).param("to", ts(to))
                .query((rs, i) -> new Movement(rs.getLong(1), instant(rs.getTimestamp(2)),
                        MovementKind.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    public List<Movement> movementsOfChild(long child, Instant from, Instant to) {
        return jdbc.sql("""
                select child_person_id, moved_at, kind, activity from se_movement m
                where child_person_id = any(:c) and moved_at >= :from and moved_at < :to and withdraws is null
                and not exists (select 1 from se_movement w where w.withdraws = m.id) order by moved_at""")
                .param("c", sameChild.of(child)).param("from", ts(from.minus(java.time.Duration.ofDays(1)))).param("to", ts(to))
                .query((rs, i) -> new Movement(rs.getLong(1), instant(rs.getTimestamp(2)),
                        MovementKind.valueOf(rs.getString(3)), rs.getString(4))).list();
    }
}
