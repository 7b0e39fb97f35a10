package haven.custody.internal;

import haven.custody.AppropriateAdultRole;
import haven.custody.ArrestKind;
import haven.custody.BookInChild;
import haven.custody.CloseCustodyRecord;
import haven.custody.CustodyOutcome;
import haven.custody.CustodyRecordView;
import haven.custody.CustodyRecordView.AppropriateAdult;
import haven.custody.CustodyRecordView.Closure;
import haven.custody.CustodyRecordView.Extension;
import haven.custody.CustodyRecordView.Interview;
import haven.custody.CustodyRecordView.LaRequest;
import haven.custody.CustodyRecordView.Placement;
import haven.custody.CustodyRecordView.RefusedCertificate;
import haven.custody.CustodyRecordView.Review;
import haven.custody.CustodyRecordView.StripSearch;
import haven.custody.CustodyRecordView.Transfer;
import haven.custody.CustodyRecordView.YouthAssessment;
import haven.custody.DecideTransfer;
import haven.custody.DetentionPlace;
import haven.custody.ImpracticabilityReason;
import haven.custody.LocalAuthorityAnswer;
import haven.custody.Rank;
import haven.custody.RecordAppropriateAdult;
import haven.custody.RecordDetentionExtension;
import haven.custody.RecordDetentionPlace;
import haven.custody.RecordLocalAuthorityRequest;
import haven.custody.RecordReview;
import haven.custody.RecordStripSearch;
import haven.custody.RecordYouthAssessment;
import haven.custody.SearchAttendee;
import haven.custody.Sex;
import haven.custody.StartInterview;
import haven.custody.TransferGround;
import haven.platform.rules.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Custody records in PostgreSQL: inserts only, and the reads that put a record back together. */
@Repository
public class CustodyStore {

    private final JdbcClient jdbc;

    CustodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant inst(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static <E extends Enum<E>> E en(Class<E> type, String v) {
        return v == null ? null : Enum.valueOf(type, v);
    }

    public long insertRecord(BookInChild c, String custodyNumber, String jurisdiction, Integer ageAtArrival,
                             String by, Instant now) {
        return jdbc.sql("""
                insert into custody_record (child_person_id, custody_number, suite, jurisdiction, sex, date_of_birth,
                  apparent_age, age_verified, age_at_arrival, arrest_kind, offence, indictable, violent_or_sexual,
                  arrived_at, detention_authorised_at, authorised_by, recorded_by, recorded_at)
                values (:child, :num, :suite, :j, :sex, :dob, :apparent, :verified, :age, :kind, :offence, :ind, :vs,
                  :arrived, :auth, :authBy, :by, :now) returning id""")
                .param("child", c.childId()).param("num", custodyNumber).param("suite", c.suite())
                .param("j", jurisdiction).param("sex", c.sex().name()).param("dob", c.dateOfBirth())
                .param("apparent", c.apparentAge()).param("verified", c.ageVerified()).param("age", ageAtArrival)
                .param("kind", c.arrestKind().name()).param("offence", c.offence())
                .param("ind", c.indictableOffence()).param("vs", c.violentOrSexualOffence())
                .param("arrived", ts(c.arrivedAt())).param("auth", ts(c.detentionAuthorisedAt()))
                .param("authBy", c.authorisedBy()).param("by", by).param("now", ts(now))
                .query(Long.class).single();
    }

    public long nextCustodyNumberSuffix() {
        return jdbc.sql("select count(*) + 1 from custody_record").query(Long.class).single();
    }

    public void insertAppropriateAdult(RecordAppropriateAdult c, String by, Instant now, String why) {
        jdbc.sql("""
                insert into custody_appropriate_adult (record_id, name, role, requested_at, arrived_at,
                  welfare_informed_at, recorded_by, recorded_at, why)
                values (:r, :name, :role, :req, :arr, :wel, :by, :now, :why)""")
                .param("r", c.recordId()).param("name", c.name()).param("role", c.role().name())
                .param("req", ts(c.requestedAt())).param("arr", ts(c.arrivedAt()))
                .param("wel", ts(c.welfarePersonInformedAt())).param("by", by).param("now", ts(now)).param("why", why)
                .update();
    }

    public void insertYouthAssessment(RecordYouthAssessment c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_youth_assessment (record_id, requested_at, done_at, healthcare_professional,
                  findings, referral_made, recorded_by, recorded_at)
                values (:r, :req, :done, :hcp, :f, :ref, :by, :now)""")
                .param("r", c.recordId()).param("req", ts(c.requestedAt())).param("done", ts(c.doneAt()))
                .param("hcp", c.healthcareProfessional()).param("f", c.findings()).param("ref", c.referralMade())
                .param("by", by).param("now", ts(now)).update();
    }

    public void insertPlacement(RecordDetentionPlace c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_detention_place (record_id, place, placed_at, decided_by, reason_for_cell,
                  woman_responsible_for_care, recorded_by, recorded_at)
                values (:r, :p, :at, :dec, :why, :woman, :by, :now)""")
                .param("r", c.recordId()).param("p", c.place().name()).param("at", ts(c.placedAt()))
                .param("dec", c.decidedBy()).param("why", c.place() == DetentionPlace.CELL ? c.reasonForCell() : null)
                .param("woman", c.womanResponsibleForCare()).param("by", by).param("now", ts(now)).update();
    }

    public void insertStripSearch(RecordStripSearch c, String by, Instant now) {
        boolean aa = c.present().stream().anyMatch(SearchAttendee::appropriateAdult);
        long id = jdbc.sql("""
                insert into custody_strip_search (record_id, searched_at, authorised_by, reasons, exposes_intimate_parts,
                  appropriate_adult_present, urgent, urgency_reason, child_declined_aa, aa_agreed_and_signed,
                  recorded_by, recorded_at)
                values (:r, :at, :auth, :reasons, :exp, :aa, :urg, :urgWhy, :dec, :signed, :by, :now) returning id""")
                .param("r", c.recordId()).param("at", ts(c.searchedAt())).param("auth", c.authorisedBy())
                .param("reasons", c.reasons()).param("exp", c.exposesIntimateParts()).param("aa", aa)
                .param("urg", c.urgentRiskOfSeriousHarm()).param("urgWhy", c.urgencyReason())
                .param("dec", c.childDeclinedAaInAaPresence()).param("signed", c.aaAgreedAndSigned())
                .param("by", by).param("now", ts(now)).query(Long.class).single();
        int pos = 0;
        for (SearchAttendee a : c.present()) {
            jdbc.sql("""
                    insert into custody_strip_search_attendee (search_id, position, name, sex, appropriate_adult)
                    values (:s, :p, :n, :sex, :aa)""")
                    .param("s", id).param("p", pos++).param("n", a.name()).param("sex", a.sex().name())
                    .param("aa", a.appropriateAdult()).update();
        }
    }

    public void insertReview(RecordReview c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_review (record_id, reviewed_at, review_officer, rank, postponed, reasons,
                  recorded_by, recorded_at)
                values (:r, :at, :off, :rank, :post, :reasons, :by, :now)""")
                .param("r", c.recordId()).param("at", ts(c.reviewedAt())).param("off", c.reviewOfficer())
                .param("rank", c.rank().name()).param("post", c.postponed()).param("reasons", c.reasons())
                .param("by", by).param("now", ts(now)).update();
    }

    public void insertExtension(RecordDetentionExtension c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_extension (record_id, kind, authorised_at, authorised_by, rank, extends_to_hours,
                  reasons, recorded_by, recorded_at)
                values (:r, :k, :at, :auth, :rank, :h, :reasons, :by, :now)""")
                .param("r", c.recordId()).param("k", c.kind().name()).param("at", ts(c.authorisedAt()))
                .param("auth", c.authorisedBy()).param("rank", c.rank() == null ? null : c.rank().name())
                .param("h", c.extendsToHours()).param("reasons", c.reasons()).param("by", by).param("now", ts(now))
                .update();
    }

    public void insertInterview(StartInterview c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_interview (record_id, starts_at, interviewing_officer, urgent_authorised_by,
                  urgent_authoriser_rank, urgent_reason, recorded_by, recorded_at)
                values (:r, :at, :off, :ub, :ur, :why, :by, :now)""")
                .param("r", c.recordId()).param("at", ts(c.startsAt())).param("off", c.interviewingOfficer())
                .param("ub", c.urgentInterviewAuthorised() ? c.urgentInterviewAuthorisedBy() : null)
                .param("ur", c.authoriserRank() == null ? null : c.authoriserRank().name())
                .param("why", c.urgentInterviewReason()).param("by", by).param("now", ts(now)).update();
    }

    public void insertTransfer(DecideTransfer c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_transfer_decision (record_id, charged_at, bail_refused_at, decided_by, ground,
                  impracticability_reason, secure_unavailable, other_would_not_protect, explanation, recorded_by,
                  recorded_at)
                values (:r, :ch, :bail, :dec, :g, :imp, :su, :onp, :ex, :by, :now)""")
                .param("r", c.recordId()).param("ch", ts(c.chargedAt())).param("bail", ts(c.bailRefusedAt()))
                .param("dec", c.decidedBy()).param("g", c.ground().name())
                .param("imp", c.impracticabilityReason() == null ? null : c.impracticabilityReason().name())
                .param("su", c.secureAccommodationUnavailable()).param("onp", c.otherAccommodationWouldNotProtectPublic())
                .param("ex", c.explanation()).param("by", by).param("now", ts(now)).update();
    }

    public void insertRefusedCertificate(DecideTransfer c, Verdict.Refused refusal, String by, Instant now) {
        jdbc.sql("""
                insert into custody_refused_certificate (record_id, ground, impracticability_reason, rule, reason,
                  attempted_by, attempted_at)
                values (:r, :g, :imp, :rule, :reason, :by, :now)""")
                .param("r", c.recordId()).param("g", c.ground() == null ? null : c.ground().name())
                .param("imp", c.impracticabilityReason() == null ? null : c.impracticabilityReason().name())
                .param("rule", refusal.rule()).param("reason", refusal.reason()).param("by", by).param("now", ts(now))
                .update();
    }

    public void insertLaRequest(RecordLocalAuthorityRequest c, String escalation, String by, Instant now) {
        jdbc.sql("""
                insert into custody_la_request (record_id, local_authority, secure_requested, asked_at, answered_at,
                  answer, escalation, recorded_by, recorded_at)
                values (:r, :la, :sec, :asked, :ans, :answer, :esc, :by, :now)""")
                .param("r", c.recordId()).param("la", c.localAuthority()).param("sec", c.secureRequested())
                .param("asked", ts(c.askedAt())).param("ans", ts(c.answeredAt()))
                .param("answer", c.answer() == null ? null : c.answer().name()).param("esc", escalation)
                .param("by", by).param("now", ts(now)).update();
    }

    public void insertClosure(CloseCustodyRecord c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_closure (record_id, closed_at, closed_by, outcome, referral_reference,
                  referral_made_at, no_referral_reason, recorded_at)
                values (:r, :at, :by, :o, :ref, :refAt, :noRef, :now)""")
                .param("r", c.recordId()).param("at", ts(c.closedAt())).param("by", by)
                .param("o", c.outcome().name())
                .param("ref", blankToNull(c.referralReference())).param("refAt", ts(c.referralMadeAt()))
                .param("noRef", blankToNull(c.noReferralReason())).param("now", ts(now)).update();
    }

    public void insertBreachPlan(long childId, ArrestKind kind, Instant plannedFor, String plannedBy, String warning,
                                 Instant now) {
        jdbc.sql("""
                insert into custody_breach_arrest_plan (child_person_id, kind, planned_for, planned_by, warning, recorded_at)
                values (:c, :k, :p, :by, :w, :now)""")
                .param("c", childId).param("k", kind.name()).param("p", ts(plannedFor)).param("by", plannedBy)
                .param("w", warning).param("now", ts(now)).update();
    }

    public void insertDeadline(long recordId, String rule, long deadlineId) {
        jdbc.sql("insert into custody_deadline (record_id, rule, deadline_id) values (:r, :rule, :d) on conflict do nothing")
                .param("r", recordId).param("rule", rule).param("d", deadlineId).update();
    }

    public List<Long> deadlineIds(long recordId) {
        return jdbc.sql("select deadline_id from custody_deadline where record_id = :r order by deadline_id")
                .param("r", recordId).query(Long.class).list();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Ids of records still open, longest in custody first. */
    public List<Long> openRecordIds() {
        return jdbc.sql("""
                select r.id from custody_record r where not exists (select 1 from custody_closure c where c.record_id = r.id)
                order by r.arrived_at""").query(Long.class).list();
    }

    public List<Long> recordIdsArrivedBetween(Instant from, Instant to) {
        return jdbc.sql("select id from custody_record where arrived_at >= :f and arrived_at < :t order by arrived_at")
                .param("f", ts(from)).param("t", ts(to)).query(Long.class).list();
    }

    public List<Long> allRecordIds() {
        return jdbc.sql("select id from custody_record order by arrived_at").query(Long.class).list();
    }

    public Optional<CustodyRecordView> find(long id) {
        return jdbc.sql("select * from custody_record where id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional();
    }

    private CustodyRecordView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Integer age = (Integer) rs.getObject("age_at_arrival");
        return new CustodyRecordView(id, rs.getLong("child_person_id"), rs.getString("custody_number"),
                rs.getString("suite"), rs.getString("jurisdiction"), Sex.valueOf(rs.getString("sex")), age,
                rs.getBoolean("age_verified"), ArrestKind.valueOf(rs.getString("arrest_kind")), rs.getString("offence"),
                rs.getBoolean("indictable"), rs.getBoolean("violent_or_sexual"), inst(rs, "arrived_at"),
                inst(rs, "detention_authorised_at"), rs.getString("authorised_by"),
                appropriateAdult(id), youthAssessment(id), placement(id), reviews(id), extensions(id), searches(id),
                interviews(id), transfer(id), refusals(id), laRequests(id), closure(id), visits(id));
    }

    private AppropriateAdult appropriateAdult(long id) {
        return jdbc.sql("select * from custody_appropriate_adult where record_id = :r order by id desc limit 1")
                .param("r", id).query((rs, n) -> new AppropriateAdult(rs.getString("name"),
                        AppropriateAdultRole.valueOf(rs.getString("role")), inst(rs, "requested_at"),
                        inst(rs, "arrived_at"), inst(rs, "welfare_informed_at"), rs.getString("recorded_by")))
                .optional().orElse(null);
    }

    private YouthAssessment youthAssessment(long id) {
        return jdbc.sql("select * from custody_youth_assessment where record_id = :r order by id desc limit 1")
                .param("r", id).query((rs, n) -> new YouthAssessment(inst(rs, "requested_at"), inst(rs, "done_at"),
                        rs.getString("healthcare_professional"), rs.getString("findings"),
                        rs.getBoolean("referral_made")))
                .optional().orElse(null);
    }

    private Placement placement(long id) {
        return jdbc.sql("select * from custody_detention_place where record_id = :r order by id desc limit 1")
                .param("r", id).query((rs, n) -> new Placement(DetentionPlace.valueOf(rs.getString("place")),
                        inst(rs, "placed_at"), rs.getString("decided_by"), rs.getString("reason_for_cell"),
                        rs.getString("woman_responsible_for_care")))
                .optional().orElse(null);
    }

    private List<Review> reviews(long id) {
        return jdbc.sql("select * from custody_review where record_id = :r order by reviewed_at, id")
                .param("r", id).query((rs, n) -> new Review(inst(rs, "reviewed_at"), rs.getString("review_officer"),
                        Rank.valueOf(rs.getString("rank")), rs.getBoolean("postponed"), rs.getString("reasons")))
                .list();
    }

    private List<Extension> extensions(long id) {
        return jdbc.sql("select * from custody_extension where record_id = :r order by id")
                .param("r", id).query((rs, n) -> new Extension(
                        RecordDetentionExtension.ExtensionKind.valueOf(rs.getString("kind")), inst(rs, "authorised_at"),
                        rs.getString("authorised_by"), rs.getInt("extends_to_hours"), rs.getString("reasons")))
                .list();
    }

    private List<StripSearch> searches(long id) {
        return jdbc.sql("""
                select s.*, (select count(*) from custody_strip_search_attendee a where a.search_id = s.id) attendees
                from custody_strip_search s where record_id = :r order by searched_at""")
                .param("r", id).query((rs, n) -> new StripSearch(inst(rs, "searched_at"), rs.getString("authorised_by"),
                        rs.getString("reasons"), rs.getBoolean("exposes_intimate_parts"),
                        rs.getBoolean("appropriate_adult_present"), rs.getBoolean("urgent"), rs.getInt("attendees")))
                .list();
    }

    private List<Interview> interviews(long id) {
        return jdbc.sql("select * from custody_interview where record_id = :r order by starts_at")
                .param("r", id).query((rs, n) -> new Interview(inst(rs, "starts_at"),
                        rs.getString("interviewing_officer"), rs.getString("urgent_authorised_by") != null))
                .list();
    }

    private Transfer transfer(long id) {
        return jdbc.sql("select * from custody_transfer_decision where record_id = :r order by id desc limit 1")
                .param("r", id).query((rs, n) -> new Transfer(inst(rs, "charged_at"), inst(rs, "bail_refused_at"),
                        rs.getString("decided_by"), TransferGround.valueOf(rs.getString("ground")),
                        en(ImpracticabilityReason.class, rs.getString("impracticability_reason")),
                        rs.getString("explanation")))
                .optional().orElse(null);
    }

    private List<RefusedCertificate> refusals(long id) {
        return jdbc.sql("select * from custody_refused_certificate where record_id = :r order by id")
                .param("r", id).query((rs, n) -> new RefusedCertificate(inst(rs, "attempted_at"),
                        rs.getString("attempted_by"), en(TransferGround.class, rs.getString("ground")),
                        en(ImpracticabilityReason.class, rs.getString("impracticability_reason")), rs.getString("rule"),
                        rs.getString("reason")))
                .list();
    }

    private List<LaRequest> laRequests(long id) {
        return jdbc.sql("select * from custody_la_request where record_id = :r order by id")
                .param("r", id).query((rs, n) -> new LaRequest(rs.getString("local_authority"),
                        rs.getBoolean("secure_requested"), inst(rs, "asked_at"), inst(rs, "answered_at"),
                        en(LocalAuthorityAnswer.class, rs.getString("answer")), rs.getString("escalation")))
                .list();
    }

    private List<CustodyRecordView.Visit> visits(long id) {
        return jdbc.sql("select * from custody_visit where record_id = :r order by visited_at, id")
                .param("r", id).query((rs, n) -> new CustodyRecordView.Visit(inst(rs, "visited_at"),
                        rs.getString("visited_by"), rs.getString("observation"))).list();
    }

    public void insertVisit(haven.custody.RecordVisit c, String by, Instant now) {
        jdbc.sql("""
                insert into custody_visit (record_id, visited_at, visited_by, observation, recorded_by, recorded_at)
                values (:r, :at, :who, :obs, :by, :now)""")
                .param("r", c.recordId()).param("at", ts(c.visitedAt())).param("who", c.visitedBy())
                .param("obs", c.observation()).param("by", by).param("now", ts(now)).update();
    }

    private Closure closure(long id) {
        return jdbc.sql("select * from custody_closure where record_id = :r")
                .param("r", id).query((rs, n) -> new Closure(inst(rs, "closed_at"), rs.getString("closed_by"),
                        CustodyOutcome.valueOf(rs.getString("outcome")), rs.getString("referral_reference"),
                        inst(rs, "referral_made_at"), rs.getString("no_referral_reason")))
                .optional().orElse(null);
    }

    /** The dashboard's read model: every record, or those that arrived from {@code from} until {@code to}. */
    public List<haven.custody.CustodySummary> summaries(Instant from, Instant to) {
        return jdbc.sql("""
                select * from custody_record_summary
                where (cast(:f as timestamptz) is null or arrived_at >= :f)
                  and (cast(:t as timestamptz) is null or arrived_at < :t)
                order by arrived_at""")
                .param("f", ts(from)).param("t", ts(to))
                .query((rs, n) -> new haven.custody.CustodySummary(rs.getLong("id"), rs.getString("custody_number"),
                        rs.getLong("child_person_id"), rs.getString("suite"), (Integer) rs.getObject("age_at_arrival"),
                        ArrestKind.valueOf(rs.getString("arrest_kind")), inst(rs, "arrived_at"), inst(rs, "closed_at"),
                        en(CustodyOutcome.class, rs.getString("outcome")), rs.getBoolean("referred"),
                        inst(rs, "aa_requested_at"), inst(rs, "aa_arrived_at"), rs.getBoolean("youth_assessment_done"),
                        rs.getBoolean("charged_and_refused_bail"), rs.getBoolean("transfer_requested"),
                        rs.getBoolean("transfer_achieved"), en(DetentionPlace.class, rs.getString("place")),
                        rs.getBoolean("strip_searched"), rs.getBoolean("searched_without_aa")))
                .list();
    }
}
