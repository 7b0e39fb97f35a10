package haven.secureestate.store;

import haven.clocks.Jurisdiction;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.EstablishmentType;
import haven.secureestate.estate.Placement;
import haven.secureestate.estate.Room;
import haven.secureestate.estate.Unit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static haven.secureestate.store.Sql.instant;
import static haven.secureestate.store.Sql.ts;

/** Establishments with their units and rooms, and the placements of children in them. */
@Repository
public class EstateStore {

    private static final RowMapper<Placement> PLACEMENT = (rs, i) -> new Placement(rs.getObject("id", UUID.class),
            rs.getLong("child_person_id"), rs.getString("child_reference"), rs.getObject("establishment_id", UUID.class),
            rs.getObject("unit_id", UUID.class), rs.getObject("room_id", UUID.class), rs.getString("placing_authority"),
            rs.getString("youth_offending_team"), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")));

    private final JdbcClient jdbc;

    private final SameChild sameChild;

    EstateStore(JdbcClient jdbc, SameChild sameChild) {
        this.jdbc = jdbc;
        this.sameChild = sameChild;
    }

    public void insert(Establishment e, String healthcareLead, Recorded r) {
        jdbc.sql("""
                insert into se_establishment (id, agency_code, name, type, jurisdiction, safeguarding_partnership,
                    healthcare_lead, recorded_at, recorded_by)
                values (:id, :agency, :name, :type, :j, :p, :hl, :at, :by)""")
                .param("id", e.id()).param("agency", e.agencyCode()).param("name", e.name())
                .param("type", e.type().name()).param("j", e.jurisdiction().name())
                .param("p", e.safeguardingPartnership()).param("hl", healthcareLead)
                .param("at", ts(r.at())).param("by", r.by()).update();
        for (Unit u : e.units()) {
            jdbc.sql("insert into se_unit (id, establishment_id, name) values (:id, :e, :n)")
                    .param("id", u.id()).param("e", e.id()).param("n", u.name()).update();
            for (Room room : u.rooms()) {
                jdbc.sql("insert into se_room (id, unit_id, name, beds) values (:id, :u, :n, :b)")
                        .param("id", room.id()).param("u", u.id()).param("n", room.name()).param("b", room.beds()).update();
            }
        }
    }

    public List<Establishment> all() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select e.id eid, e.agency_code, e.name ename, e.type, e.jurisdiction, e.safeguarding_partnership,
                       u.id uid, u.name uname, r.id rid, r.name rname, r.beds
                from se_establishment e
                left join se_unit u on u.establishment_id = e.id
                left join se_room r on r.unit_id = u.id
                order by e.name, u.name, r.name""").query().listOfRows();
        Map<UUID, Object[]> est = new LinkedHashMap<>();
        Map<UUID, Map<UUID, Object[]>> units = new LinkedHashMap<>();
        Map<UUID, List<Room>> rooms = new LinkedHashMap<>();
        for (var row : rows) {
            UUID eid = (UUID) row.get("eid");
            est.putIfAbsent(eid, new Object[] {row.get("agency_code"), row.get("ename"), row.get("type"),
                    row.get("jurisdiction"), row.get("safeguarding_partnership")});
            units.computeIfAbsent(eid, k -> new LinkedHashMap<>());
            UUID uid = (UUID) row.get("uid");
            if (uid != null) {
                units.get(eid).putIfAbsent(uid, new Object[] {row.get("uname")});
                rooms.computeIfAbsent(uid, k -> new ArrayList<>());
                if (row.get("rid") != null) {
                    rooms.get(uid).add(new Room((UUID) row.get("rid"), (String) row.get("rname"), (Integer) row.get("beds")));
                }
            }
        }
        List<Establishment> out = new ArrayList<>();
        est.forEach((id, f) -> {
            List<Unit> us = new ArrayList<>();
            units.get(id).forEach((uid, uf) -> us.add(new Unit(uid, (String) uf[0], rooms.getOrDefault(uid, List.of()))));
            out.add(new Establishment(id, (String) f[0], (String) f[1], EstablishmentType.valueOf((String) f[2]),
                    Jurisdiction.valueOf((String) f[3]), (String) f[4], us));
        });
        return out;
    }

    public Optional<Establishment> find(UUID id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Establishment> byAgency(String agencyCode) {
        return all().stream().filter(e -> e.agencyCode().equals(agencyCode)).findFirst();
    }

    public Optional<String> healthcareLead(UUID establishmentId) {
        return jdbc.sql("select healthcare_lead from se_establishment where id = :id").param("id", establishmentId)
                .query(String.class).optional();
    }

    public void savePlacement(Placement p, Recorded r) {
        jdbc.sql("""
                insert into se_placement (id, version, child_person_id, child_reference, establishment_id, unit_id, room_id,
                    placing_authority, youth_offending_team, started_at, ended_at, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_placement where id = :id), 0) + 1, :child, :ref, :e, :u,
                    :room, :la, :yot, :start, :end, :at, :by, :why)""")
                .param("id", p.id()).param("child", p.childPersonId()).param("ref", p.childReference())
                .param("e", p.establishmentId()).param("u", p.unitId()).param("room", p.roomId())
                .param("la", p.placingAuthority()).param("yot", p.youthOffendingTeam()).param("start", ts(p.start()))
                .param("end", ts(p.end())).param("at", ts(r.at())).param("by", r.by()).param("why", r.reason()).update();
    }

    public List<Placement> placements(UUID establishmentId) {
        return jdbc.sql("select * from se_placement_current where establishment_id = :e order by started_at")
                .param("e", establishmentId).query(PLACEMENT).list();
    }

    public List<Placement> placementsOfChild(long childPersonId) {
        return jdbc.sql("select * from se_placement_current where child_person_id = any(:c) order by started_at")
                .param("c", sameChild.of(childPersonId)).query(PLACEMENT).list();
    }

    public Optional<Placement> placement(UUID id) {
        return jdbc.sql("select * from se_placement_current where id = :id").param("id", id).query(PLACEMENT).optional();
    }
}
