package haven.secureestate.store;

import haven.secureestate.force.RestraintReason;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.force.UseOfForceRecord;
import haven.secureestate.searches.Search;
import haven.secureestate.searches.SearchKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static haven.secureestate.store.Sql.array;
import static haven.secureestate.store.Sql.instant;
import static haven.secureestate.store.Sql.ts;

/** Uses of force and searches, each a versioned record: every change is a new version with who, when, why. */
@Repository
public class ForceStore {

    private static final RowMapper<UseOfForceRecord> FORCE = (rs, i) -> new UseOfForceRecord(
            new UseOfForce(rs.getObject("id", UUID.class), rs.getObject("establishment_id", UUID.class),
                    rs.getLong("child_person_id"), rs.getString("location"), instant(rs.getTimestamp("started_at")),
                    instant(rs.getTimestamp("ended_at")), Sql.uuids(rs.getArray("staff_ids")),
                    RestraintReason.valueOf(rs.getString("reason")), rs.getString("de_escalation"),
                    Sql.strings(rs.getArray("technique_codes")), rs.getString("immediate_risk_justification"),
                    rs.getString("body_worn_video_ref"), instant(rs.getTimestamp("healthcare_attended_at")),
                    rs.getString("child_injury"), rs.getString("staff_injury")),
            rs.getInt("version"), rs.getBoolean("pain_inducing"), rs.getBoolean("face_down"),
            instant(rs.getTimestamp("child_spoken_to_at")), rs.getString("child_account"),
            instant(rs.getTimestamp("manager_reviewed_at")), rs.getString("manager_reviewed_by"),
            rs.getString("manager_review"), instant(rs.getTimestamp("recorded_at")), rs.getString("recorded_by"),
            rs.getString("change_reason"));

    private static final RowMapper<Search> SEARCH = (rs, i) -> new Search(rs.getObject("id", UUID.class),
            rs.getObject("establishment_id", UUID.class), rs.getLong("child_person_id"),
            SearchKind.valueOf(rs.getString("kind")), instant(rs.getTimestamp("conducted_at")),
            rs.getString("risk_assessment"), rs.getObject("authorising_manager_id", UUID.class), rs.getString("reason"),
            rs.getString("found"), Sql.uuids(rs.getArray("present_staff_ids")));

    private final JdbcClient jdbc;

    private final SameChild sameChild;

    ForceStore(JdbcClient jdbc, SameChild sameChild) {
        this.jdbc = jdbc;
        this.sameChild = sameChild;
    }

    public void save(UseOfForceRecord r) {
        UseOfForce f = r.force();
        jdbc.sql("""
                insert into se_use_of_force (id, version, establishment_id, child_person_id, location, started_at, ended_at,
                    staff_ids, reason, de_escalation, technique_codes, pain_inducing, face_down, immediate_risk_justification,
                    body_worn_video_ref, healthcare_attended_at, child_injury, staff_injury, child_spoken_to_at, child_account,
                    manager_reviewed_at, manager_reviewed_by, manager_review, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_use_of_force where id = :id), 0) + 1, :e, :child, :loc,
                    :start, :end, :staff::uuid[], :reason, :deesc, :tech::text[], :pain, :prone, :just, :bwv, :hc, :inj,
                    :sinj, :spoke, :account, :reviewed, :reviewer, :review, :at, :by, :why)""")
                .param("id", f.id()).param("e", f.establishmentId()).param("child", f.childPersonId())
                .param("loc", f.location()).param("start", ts(f.startedAt())).param("end", ts(f.endedAt()))
                .param("staff", array(f.staffIds())).param("reason", f.reason().name()).param("deesc", f.deEscalation())
                .param("tech", array(f.techniqueCodes())).param("pain", r.painInducing()).param("prone", r.faceDown())
                .param("just", f.immediateRiskJustification()).param("bwv", f.bodyWornVideoRef())
                .param("hc", ts(f.healthcareAttendedAt())).param("inj", f.childInjury()).param("sinj", f.staffInjury())
                .param("spoke", ts(r.childSpokenToAt())).param("account", r.childAccount())
                .param("reviewed", ts(r.managerReviewedAt())).param("reviewer", r.managerReviewedBy())
                .param("review", r.managerReview()).param("at", ts(r.recordedAt())).param("by", r.recordedBy())
                .param("why", r.changeReason()).update();
    }

    public Optional<UseOfForceRecord> find(UUID id) {
        return jdbc.sql("select * from se_use_of_force_current where id = :id").param("id", id).query(FORCE).optional();
    }

    public List<UseOfForceRecord> history(UUID id) {
        return jdbc.sql("select * from se_use_of_force where id = :id order by version").param("id", id).query(FORCE).list();
    }

    public List<UseOfForceRecord> inEstablishment(UUID establishmentId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from se_use_of_force_current where establishment_id = :e and started_at >= :from and started_at < :to
                order by started_at desc""")
                .param("e", establishmentId).param("from", ts(from)).param("to", ts(to)).query(FORCE).list();
    }

    public List<UseOfForceRecord> ofChild(long childPersonId) {
        return jdbc.sql("select * from se_use_of_force_current where child_person_id = any(:c) order by started_at desc")
                .param("c", sameChild.of(childPersonId)).query(FORCE).list();
    }

    public void save(Search s, Recorded r) {
        jdbc.sql("""
                insert into se_search (id, version, establishment_id, child_person_id, kind, conducted_at, risk_assessment,
                    authorising_manager_id, reason, found, present_staff_ids, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_search where id = :id), 0) + 1, :e, :child, :kind, :at0,
                    :risk, :mgr, :reason, :found, :present::uuid[], :at, :by, :why)""")
                .param("id", s.id()).param("e", s.establishmentId()).param("child", s.childPersonId())
                .param("kind", s.kind().name()).param("at0", ts(s.conductedAt())).param("risk", s.riskAssessment())
                .param("mgr", s.authorisingManagerId()).param("reason", s.reason()).param("found", s.found())
                .param("present", array(s.presentStaffIds())).param("at", ts(r.at())).param("by", r.by())
                .param("why", r.reason()).update();
    }

    public List<Search> searches(UUID establishmentId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from se_search_current where establishment_id = :e and conducted_at >= :from and conducted_at < :to
                order by conducted_at desc""")
                .param("e", establishmentId).param("from", ts(from)).param("to", ts(to)).query(SEARCH).list();
    }

    public List<Search> searchesOfChild(long childPersonId) {
        return jdbc.sql("select * from se_search_current where child_person_id = any(:c) order by conducted_at desc")
                .param("c", sameChild.of(childPersonId)).query(SEARCH).list();
    }
}
