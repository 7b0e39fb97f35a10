package haven.meetings.internal;

import haven.meetings.ConvenedFrom;
import haven.meetings.DelayReason;
import haven.meetings.DiscussionView;
import haven.meetings.InviteeAgency;
import haven.meetings.Investigation;
import haven.meetings.ReviewView;
import haven.meetings.Seniority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of strategy discussions, invitees, actions and supervisor reviews, in plain SQL. */
@Repository
public class MeetingStore {
    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant at(ResultSet rs, String col) throws SQLException {
        var t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static Boolean bool(ResultSet rs, String col) throws SQLException {
        boolean b = rs.getBoolean(col);
        return rs.wasNull() ? null : b;
    }

    public long insertDiscussion(ConvenedFrom from, long child, long la, String jurisdiction, String reason, long by,
                                 Instant at, Instant due) {
        return jdbc.sql("""
                insert into strategy_discussion (convened_from_kind, convened_from_ref, child_person_id, la_agency_id,
                    jurisdiction, reason, convened_by, convened_at, due_at)
                values (:k, :r, :c, :la, :j, :reason, :by, :at, :due) returning id""")
                .param("k", from.kind()).param("r", from.reference()).param("c", child).param("la", la).param("j", jurisdiction)
                .param("reason", reason).param("by", by).param("at", ts(at)).param("due", ts(due)).query(Long.class).single();
    }

    public long insertInvitee(long discussion, Long userId, String name, InviteeAgency agency, Seniority seniority, long by,
                              Instant at) {
        return jdbc.sql("""
                insert into strategy_invitee (discussion_id, user_id, name, agency, seniority, invited_by, invited_at)
                values (:d, :u, :n, :a, :s, :by, :at) returning id""")
                .param("d", discussion).param("u", userId).param("n", name).param("a", agency.name())
                .param("s", seniority.name()).param("by", by).param("at", ts(at)).query(Long.class).single();
    }

    public int recordHeld(long id, Instant heldAt, boolean late, String reasonForDelay, String info, Investigation inv,
                          boolean s47, boolean immediate, String rationale, long by, Instant now, Instant conferenceDue) {
        return jdbc.sql("""
                update strategy_discussion set held_at = :held, late = :late, reason_for_delay = :rfd, information_shared = :info,
                    investigation = :inv, s47_enquiries = :s47, immediate_protection = :imm, rationale = :why,
                    recorded_by = :by, recorded_at = :now, conference_due_at = :cdue
                where id = :id and held_at is null""")
                .param("held", ts(heldAt)).param("late", late).param("rfd", reasonForDelay).param("info", info)
                .param("inv", inv.name()).param("s47", s47).param("imm", immediate).param("why", rationale).param("by", by)
                .param("now", ts(now)).param("cdue", ts(conferenceDue)).param("id", id).update();
    }

    public void markAttendance(long discussion, List<Long> attended) {
        jdbc.sql("""
                update strategy_invitee set attended = (id in (select jsonb_array_elements_text(:ids::jsonb)::bigint))
                where discussion_id = :d""")
                .param("ids", attended.toString()).param("d", discussion).update();
    }

    public int recordConference(long id, Instant heldAt, boolean late, String reason) {
        return jdbc.sql("""
                update strategy_discussion set conference_held_at = :h, conference_late = :l, conference_reason_for_delay = :r
                where id = :id and conference_held_at is null and conference_due_at is not null""")
                .param("h", ts(heldAt)).param("l", late).param("r", reason).param("id", id).update();
    }

    public long insertAction(long discussion, String description, long owner, Instant due, long by, Instant at) {
        return jdbc.sql("""
                insert into strategy_action (discussion_id, description, owner_user_id, due_at, added_by, added_at)
                values (:d, :desc, :o, :due, :by, :at) returning id""")
                .param("d", discussion).param("desc", description).param("o", owner).param("due", ts(due)).param("by", by)
                .param("at", ts(at)).query(Long.class).single();
    }

    public int completeAction(long id, Instant at, boolean late, String reason) {
        return jdbc.sql("update strategy_action set done_at = :at, late = :l, reason_for_delay = :r where id = :id and done_at is null")
                .param("at", ts(at)).param("l", late).param("r", reason).param("id", id).update();
    }

    private static final String DISCUSSION = "select * from strategy_discussion";

    private DiscussionView discussion(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String inv = rs.getString("investigation");
        return new DiscussionView(id, new ConvenedFrom(rs.getString("convened_from_kind"), rs.getString("convened_from_ref")),
                rs.getLong("child_person_id"), rs.getLong("la_agency_id"), rs.getString("jurisdiction"), rs.getString("reason"),
                rs.getLong("convened_by"), at(rs, "convened_at"), at(rs, "due_at"), at(rs, "held_at"), bool(rs, "late"),
                rs.getString("reason_for_delay"), rs.getString("information_shared"), inv == null ? null : Investigation.valueOf(inv),
                bool(rs, "s47_enquiries"), bool(rs, "immediate_protection"), rs.getString("rationale"),
                at(rs, "conference_due_at"), at(rs, "conference_held_at"), bool(rs, "conference_late"),
                rs.getString("conference_reason_for_delay"), invitees(id), actions(id));
    }

    public Optional<DiscussionView> discussion(long id) {
        return jdbc.sql(DISCUSSION + " where id = :id").param("id", id).query((rs, i) -> discussion(rs)).optional();
    }

    public List<DiscussionView> convenedFrom(ConvenedFrom from) {
        return jdbc.sql(DISCUSSION + " where convened_from_kind = :k and convened_from_ref = :r order by id")
                .param("k", from.kind()).param("r", from.reference()).query((rs, i) -> discussion(rs)).list();
    }

    /** Not yet held first (soonest due first), then the most recently held. */
    public List<DiscussionView> recent(Long laAgencyId, int limit) {
        return jdbc.sql(DISCUSSION + " where (:la::bigint is null or la_agency_id = :la)"
                        + " order by held_at is not null, case when held_at is null then due_at end, held_at desc limit :n")
                .param("la", laAgencyId).param("n", limit).query((rs, i) -> discussion(rs)).list();
    }

    List<DiscussionView.InviteeView> invitees(long discussion) {
        return jdbc.sql("select * from strategy_invitee where discussion_id = :d order by id").param("d", discussion)
                .query((rs, i) -> new DiscussionView.InviteeView(rs.getLong("id"), rs.getObject("user_id", Long.class),
                        rs.getString("name"), InviteeAgency.valueOf(rs.getString("agency")),
                        Seniority.valueOf(rs.getString("seniority")), bool(rs, "attended"))).list();
    }

    List<DiscussionView.ActionView> actions(long discussion) {
        return jdbc.sql("""
                select s.* from strategy_action s where s.discussion_id = :d order by s.due_at, s.id""").param("d", discussion)
                .query((rs, i) -> new DiscussionView.ActionView(rs.getLong("id"), rs.getString("description"),
                        rs.getLong("owner_user_id"), null, at(rs, "due_at"), at(rs, "done_at"),
                        bool(rs, "late"), rs.getString("reason_for_delay"))).list();
    }

    public Optional<Long> discussionOfAction(long actionId) {
        return jdbc.sql("select discussion_id from strategy_action where id = :id").param("id", actionId).query(Long.class).optional();
    }

    public long insertReview(String kind, long subject, String decision, long decidedBy, long reviewer, Instant at, Instant due) {
        return jdbc.sql("""
                insert into supervisor_review (subject_kind, subject_id, decision, decided_by, reviewer_user_id, requested_at, due_at)
                values (:k, :s, :d, :by, :r, :at, :due) returning id""")
                .param("k", kind).param("s", subject).param("d", decision).param("by", decidedBy).param("r", reviewer)
                .param("at", ts(at)).param("due", ts(due)).query(Long.class).single();
    }

    public int answerReview(long id, Instant at, boolean endorsed, String comment, boolean late, String reason) {
        return jdbc.sql("""
                update supervisor_review set reviewed_at = :at, endorsed = :e, comment = :c, late = :l, reason_for_delay = :r
                where id = :id and reviewed_at is null""")
                .param("at", ts(at)).param("e", endorsed).param("c", comment).param("l", late).param("r", reason)
                .param("id", id).update();
    }

    private static final String REVIEW = """
            select r.* from supervisor_review r""";

    private static ReviewView review(ResultSet rs) throws SQLException {
        return new ReviewView(rs.getLong("id"), rs.getString("subject_kind"), rs.getLong("subject_id"), rs.getString("decision"),
                rs.getLong("decided_by"), null, rs.getLong("reviewer_user_id"), at(rs, "requested_at"),
                at(rs, "due_at"), at(rs, "reviewed_at"), bool(rs, "endorsed"), rs.getString("comment"), bool(rs, "late"),
                rs.getString("reason_for_delay"));
    }

    public Optional<ReviewView> review(long id) {
        return jdbc.sql(REVIEW + " where r.id = :id").param("id", id).query((rs, i) -> review(rs)).optional();
    }

    /** Open reviews, overdue first; for one reviewer or (null) everyone. */
    public List<ReviewView> openReviews(Long reviewer) {
        return jdbc.sql(REVIEW + " where r.reviewed_at is null and (:u::bigint is null or r.reviewer_user_id = :u) order by r.due_at, r.id")
                .param("u", reviewer).query((rs, i) -> review(rs)).list();
    }

    public List<ReviewView> reviewsOf(String kind, long subject) {
        return jdbc.sql(REVIEW + " where r.subject_kind = :k and r.subject_id = :s order by r.id")
                .param("k", kind).param("s", subject).query((rs, i) -> review(rs)).list();
    }

    public long openReviewCount() {
        return jdbc.sql("select count(*) from supervisor_review where reviewed_at is null").query(Long.class).single();
    }

    public long overdueReviewCount(Instant now) {
        return jdbc.sql("select count(*) from supervisor_review where reviewed_at is null and due_at <= :now")
                .param("now", ts(now)).query(Long.class).single();
    }

    /** Every deadline in the investigation met late, with its recorded reason, newest first. */
    public List<DelayReason> delays(int limit) {
        return jdbc.sql("""
                select * from (
                  select 'CP-02' as clock, 'Strategy discussion ' || id as subject, due_at, held_at as met_at, reason_for_delay
                    from strategy_discussion where late
                  union all
                  select 'CP-05', 'Initial conference after discussion ' || id, conference_due_at, conference_held_at,
                         conference_reason_for_delay from strategy_discussion where conference_late
                  union all
                  select 'Action', 'Action ' || id || ' of discussion ' || discussion_id, due_at, done_at, reason_for_delay
                    from strategy_action where late
                  union all
                  select 'Supervisor review', 'Review ' || id || ' (' || subject_kind || ' ' || subject_id || ')', due_at,
                         reviewed_at, reason_for_delay from supervisor_review where late
                ) d order by met_at desc limit :n""")
                .param("n", limit)
                .query((rs, i) -> new DelayReason(rs.getString(1), rs.getString(2), at(rs, "due_at"), at(rs, "met_at"),
                        rs.getString(5))).list();
    }

    /** How many discussions are waiting, held on time, held late, and not held past CP-02. */
    public long[] discussionCounts(Instant now) {
        return jdbc.sql("""
                select count(*) filter (where held_at is null and due_at > :now),
                       count(*) filter (where held_at is not null and not late),
                       count(*) filter (where late),
                       count(*) filter (where held_at is null and due_at <= :now)
                from strategy_discussion""")
                .param("now", ts(now))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }
}
