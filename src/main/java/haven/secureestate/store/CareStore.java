package haven.secureestate.store;

import haven.secureestate.education.EducationSession;
import haven.secureestate.health.AppointmentOutcome;
import haven.secureestate.health.DoseOutcome;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.staffing.Shift;
import haven.secureestate.staffing.ShiftStaffing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static haven.secureestate.store.Sql.array;
import static haven.secureestate.store.Sql.instant;
import static haven.secureestate.store.Sql.ts;

/** Staffing per unit per shift, education sessions, the medication record and medical appointments. Versioned. */
@Repository
public class CareStore {

    private final JdbcClient jdbc;

    CareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A correction to a shift already recorded becomes a new version of that shift. */
    public void save(ShiftStaffing s, Recorded r) {
        UUID id = jdbc.sql("select id from se_shift_staffing_current where unit_id = :u and day = :d and shift = :s")
                .param("u", s.unitId()).param("d", s.day()).param("s", s.shift().name()).query(UUID.class).optional()
                .orElse(UUID.randomUUID());
        jdbc.sql("""
                insert into se_shift_staffing (id, version, unit_id, day, shift, planned, actual, children, recorded_at,
                    recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_shift_staffing where id = :id), 0) + 1, :u, :d, :s, :p,
                    :a, :c, :at, :by, :why)""")
                .param("id", id).param("u", s.unitId()).param("d", s.day()).param("s", s.shift().name())
                .param("p", s.planned()).param("a", s.actual()).param("c", s.children()).param("at", ts(r.at()))
                .param("by", r.by()).param("why", r.reason()).update();
    }

    public List<ShiftStaffing> staffing(UUID establishmentId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.* from se_shift_staffing_current s join se_unit u on u.id = s.unit_id
                where u.establishment_id = :e and s.day >= :from and s.day < :to order by s.day, s.shift""")
                .param("e", establishmentId).param("from", from).param("to", to)
                .query((rs, i) -> new ShiftStaffing(rs.getObject("unit_id", UUID.class), rs.getObject("day", LocalDate.class),
                        Shift.valueOf(rs.getString("shift")), rs.getInt("planned"), rs.getInt("actual"), rs.getInt("children")))
                .list();
    }

    public void save(EducationSession s, Recorded r) {
        jdbc.sql("""
                insert into se_education_session (id, version, establishment_id, classroom, starts_at, ends_at, child_ids,
                    staff_ids, classroom_locked, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_education_session where id = :id), 0) + 1, :e, :room,
                    :start, :end, :children::bigint[], :staff::uuid[], :locked, :at, :by, :why)""")
                .param("id", s.id()).param("e", s.establishmentId()).param("room", s.classroom())
                .param("start", ts(s.startsAt())).param("end", ts(s.endsAt())).param("children", array(s.childPersonIds()))
                .param("staff", array(s.staffPresentIds())).param("locked", s.classroomLocked()).param("at", ts(r.at()))
                .param("by", r.by()).param("why", r.reason()).update();
    }

    public List<EducationSession> education(UUID establishmentId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from se_education_session_current where establishment_id = :e and starts_at >= :from and starts_at < :to
                order by starts_at""")
                .param("e", establishmentId).param("from", ts(from)).param("to", ts(to))
                .query((rs, i) -> new EducationSession(rs.getObject("id", UUID.class), rs.getObject("establishment_id", UUID.class),
                        rs.getString("classroom"), instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")),
                        Sql.longs(rs.getArray("child_ids")), Sql.uuids(rs.getArray("staff_ids")), rs.getBoolean("classroom_locked")))
                .list();
    }

    public void save(MedicationDose d, Recorded r) {
        jdbc.sql("""
                insert into se_medication_dose (id, version, establishment_id, child_person_id, medicine, scheduled_at,
                    outcome, reason, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_medication_dose where id = :id), 0) + 1, :e, :child, :med,
                    :due, :outcome, :reason, :at, :by, :why)""")
                .param("id", d.id()).param("e", d.establishmentId()).param("child", d.childPersonId())
                .param("med", d.medicine()).param("due", ts(d.scheduledAt())).param("outcome", d.outcome().name())
                .param("reason", d.reason()).param("at", ts(d.recordedAt() == null ? r.at() : d.recordedAt()))
                .param("by", r.by()).param("why", r.reason()).update();
    }

    public List<MedicationDose> doses(UUID establishmentId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from se_medication_dose_current where establishment_id = :e and scheduled_at >= :from and scheduled_at < :to
                order by scheduled_at""")
                .param("e", establishmentId).param("from", ts(from)).param("to", ts(to))
                .query((rs, i) -> new MedicationDose(rs.getObject("id", UUID.class), rs.getObject("establishment_id", UUID.class),
                        rs.getLong("child_person_id"), rs.getString("medicine"), instant(rs.getTimestamp("scheduled_at")),
                        DoseOutcome.valueOf(rs.getString("outcome")), instant(rs.getTimestamp("recorded_at")), rs.getString("reason")))
                .list();
    }

    public void save(MedicalAppointment a, Recorded r) {
        jdbc.sql("""
                insert into se_medical_appointment (id, version, establishment_id, child_person_id, service, scheduled_at,
                    outcome, reason, recorded_at, recorded_by, change_reason)
                values (:id, coalesce((select max(version) from se_medical_appointment where id = :id), 0) + 1, :e, :child,
                    :svc, :due, :outcome, :reason, :at, :by, :why)""")
                .param("id", a.id()).param("e", a.establishmentId()).param("child", a.childPersonId())
                .param("svc", a.service()).param("due", ts(a.scheduledAt())).param("outcome", a.outcome().name())
                .param("reason", a.reason()).param("at", ts(r.at())).param("by", r.by()).param("why", r.reason()).update();
    }

    public List<MedicalAppointment> appointments(UUID establishmentId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from se_medical_appointment_current where establishment_id = :e and scheduled_at >= :from
                and scheduled_at < :to order by scheduled_at""")
                .param("e", establishmentId).param("from", ts(from)).param("to", ts(to))
                .query((rs, i) -> new MedicalAppointment(rs.getObject("id", UUID.class), rs.getObject("establishment_id", UUID.class),
                        rs.getLong("child_person_id"), rs.getString("service"), instant(rs.getTimestamp("scheduled_at")),
                        AppointmentOutcome.valueOf(rs.getString("outcome")), rs.getString("reason")))
                .list();
    }
}
