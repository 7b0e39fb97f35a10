package haven.referrals.internal;

import haven.access.HavenUser;
import haven.access.Users;
import haven.referrals.ConcernCategory;
import haven.referrals.Consent;
import haven.referrals.DecisionOutcome;
import haven.referrals.Notification;
import haven.referrals.QualityScore;
import haven.referrals.RaiseReferral;
import haven.referrals.ReferralHistory;
import haven.referrals.ReferralSummary;
import haven.referrals.ReferralView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The referral tables in plain SQL: referrals as sent, decisions, challenges, notifications and escalations. */
@Repository
public class ReferralStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Users users;

    private final haven.access.MergedPersons merged;

    ReferralStore(JdbcClient jdbc, JsonMapper json, Users users, haven.access.MergedPersons merged) {
        this.merged = merged;
        this.jdbc = jdbc;
        this.json = json;
        this.users = users;
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

    private String name(long userId) {
        return users.byId(userId).map(HavenUser::displayName).orElse("Unknown");
    }

    /** Reserves the id of the next referral, so its reference (R-000042) is known before it is stored. */
    public long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('referral', 'id'))").query(Long.class).single();
    }

    public void insert(long id, RaiseReferral r, HavenUser referrer, Users.Agency la, String jurisdiction, QualityScore q,
                       ReferralHistory history, Instant sent, Instant due, Instant warn) {
        jdbc.sql("""
                insert into referral (id, reference, child_person_id, referrer_user_id, referrer_agency_id, referrer_team,
                    referrer_supervisor_id, la_agency_id, la_area_code, jurisdiction, categories, what_happened, childs_voice,
                    childs_voice_not_obtained, demeanour, demeanour_not_obtained, consent, lawful_basis, household_children,
                    no_other_children, quality_score, quality_missing, history, sent_at, decision_due_at, decision_warn_at)
                overriding system value
                values (:id, :ref, :child, :referrer, :ragency, :team, :sup, :la, :area, :j, :cats, :what, :voice, :voiceNo,
                    :dem, :demNo, :consent, :basis, :hh, :none, :q, :missing, :history::jsonb, :sent, :due, :warn)""")
                .param("id", id).param("ref", reference(id)).param("child", r.childPersonId()).param("referrer", referrer.id())
                .param("ragency", referrer.agencyId()).param("team", referrer.team()).param("sup", referrer.supervisorId())
                .param("la", la.id()).param("area", la.areaCode()).param("j", jurisdiction)
                .param("cats", r.categories().stream().map(Enum::name).toArray(String[]::new))
                .param("what", r.whatHappened().strip()).param("voice", strip(r.childsVoice()))
                .param("voiceNo", strip(r.childsVoice()) == null ? strip(r.childsVoiceNotObtainedBecause()) : null)
                .param("dem", strip(r.demeanour()))
                .param("demNo", strip(r.demeanour()) == null ? strip(r.demeanourNotObtainedBecause()) : null)
                .param("consent", r.consent().name()).param("basis", r.consent().needsLawfulBasis() ? strip(r.lawfulBasis()) : null)
                .param("hh", strip(r.householdChildren())).param("none", r.noOtherChildren()).param("q", q.score())
                .param("missing", q.missing().toArray(String[]::new)).param("history", json.writeValueAsString(history))
                .param("sent", ts(sent)).param("due", ts(due)).param("warn", ts(warn)).update();
    }

    public static String reference(long id) {
        return String.format("R-%06d", id);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Optional<ReferralView> find(long id, String childName) {
        return jdbc.sql("select * from referral where id = :id").param("id", id)
                .query((rs, i) -> view(rs, childName)).optional();
    }

    public Optional<Long> idOf(String reference) {
        return jdbc.sql("select id from referral where reference = :r").param("r", reference).query(Long.class).optional();
    }

    public Optional<Long> childOf(long id) {
        return jdbc.sql("select child_person_id from referral where id = :id").param("id", id).query(Long.class).optional();
    }

    private ReferralView view(ResultSet rs, String childName) throws SQLException {
        long id = rs.getLong("id");
        var cats = Arrays.stream((String[]) rs.getArray("categories").getArray()).map(ConcernCategory::valueOf).toList();
        var missing = Arrays.asList((String[]) rs.getArray("quality_missing").getArray());
        int score = rs.getInt("quality_score");
        var history = json.readValue(rs.getString("history"), ReferralHistory.class);
        long la = rs.getLong("la_agency_id");
        long referrer = rs.getLong("referrer_user_id");
        return new ReferralView(id, rs.getString("reference"), rs.getLong("child_person_id"), childName, referrer,
                name(referrer), users.agency(rs.getLong("referrer_agency_id")).map(Users.Agency::name).orElse(""),
                rs.getString("referrer_team"), rs.getObject("referrer_supervisor_id", Long.class), la,
                users.agency(la).map(Users.Agency::name).orElse(""), rs.getString("jurisdiction"), cats,
                rs.getString("what_happened"), rs.getString("childs_voice"), rs.getString("childs_voice_not_obtained"),
                rs.getString("demeanour"), rs.getString("demeanour_not_obtained"), Consent.valueOf(rs.getString("consent")),
                rs.getString("lawful_basis"), rs.getString("household_children"), rs.getBoolean("no_other_children"),
                new QualityScore(score, List.of(), missing), history, at(rs, "sent_at"), at(rs, "decision_due_at"),
                decisions(id), challenges(id), escalationLevel(id, "CP-01"));
    }

    List<ReferralView.Decision> decisions(long referral) {
        return jdbc.sql("select * from referral_decision where referral_id = :r order by id").param("r", referral)
                .query((rs, i) -> new ReferralView.Decision(rs.getLong("id"), DecisionOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason"), rs.getBoolean("late"), rs.getString("reason_for_delay"), rs.getLong("decided_by"),
                        name(rs.getLong("decided_by")), at(rs, "decided_at"), rs.getObject("replaces_id", Long.class)))
                .list();
    }

    List<ReferralView.Challenge> challenges(long referral) {
        return jdbc.sql("select * from referral_challenge where referral_id = :r order by id").param("r", referral)
                .query((rs, i) -> new ReferralView.Challenge(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("grounds"),
                        rs.getLong("raised_by"), name(rs.getLong("raised_by")), at(rs, "raised_at"), rs.getLong("manager_user_id"),
                        name(rs.getLong("manager_user_id")), at(rs, "due_at"), at(rs, "answered_at"), bool(rs, "upheld"),
                        rs.getString("response"), bool(rs, "late"), rs.getString("reason_for_delay")))
                .list();
    }

    public int escalationLevel(long referral, String clock) {
        return jdbc.sql("select coalesce(max(level), 0) from referral_escalation where referral_id = :r and clock = :c")
                .param("r", referral).param("c", clock).query(Integer.class).single();
    }

    public long insertDecision(long referral, DecisionOutcome outcome, String reason, boolean late, String reasonForDelay,
                               long by, Instant at, Long replaces) {
        return jdbc.sql("""
                insert into referral_decision (referral_id, outcome, reason, late, reason_for_delay, decided_by, decided_at, replaces_id)
                values (:r, :o, :reason, :late, :rfd, :by, :at, :rep) returning id""")
                .param("r", referral).param("o", outcome.name()).param("reason", reason).param("late", late)
                .param("rfd", reasonForDelay).param("by", by).param("at", ts(at)).param("rep", replaces)
                .query(Long.class).single();
    }

    public long insertChallenge(long referral, long decision, String grounds, long by, Instant at, long manager, Instant due) {
        return jdbc.sql("""
                insert into referral_challenge (referral_id, decision_id, grounds, raised_by, raised_at, manager_user_id, due_at)
                values (:r, :d, :g, :by, :at, :m, :due) returning id""")
                .param("r", referral).param("d", decision).param("g", grounds).param("by", by).param("at", ts(at))
                .param("m", manager).param("due", ts(due)).query(Long.class).single();
    }

    public int answerChallenge(long challenge, long by, Instant at, boolean upheld, String response, Long newDecision,
                               boolean late, String reasonForDelay) {
        return jdbc.sql("""
                update referral_challenge set answered_at = :at, answered_by = :by, upheld = :u, response = :resp,
                    new_decision_id = :nd, late = :late, reason_for_delay = :rfd
                where id = :id and answered_at is null""")
                .param("at", ts(at)).param("by", by).param("u", upheld).param("resp", response).param("nd", newDecision)
                .param("late", late).param("rfd", reasonForDelay).param("id", challenge).update();
    }

    public void notify(long user, long referral, String kind, String message, Instant at) {
        jdbc.sql("""
                insert into referral_notification (user_id, referral_id, kind, message, created_at)
                values (:u, :r, :k, :m, :at)""")
                .param("u", user).param("r", referral).param("k", kind).param("m", message).param("at", ts(at)).update();
    }

    public List<Notification> inbox(long user, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select n.*, r.reference from referral_notification n join referral r on r.id = n.referral_id
                where n.user_id = :u and (not :unread or n.read_at is null) order by n.created_at desc, n.id desc limit :n""")
                .param("u", user).param("unread", unreadOnly).param("n", limit)
                .query((rs, i) -> new Notification(rs.getLong("id"), rs.getLong("referral_id"), rs.getString("reference"),
                        rs.getString("kind"), rs.getString("message"), at(rs, "created_at"), at(rs, "read_at"))).list();
    }

    public void markRead(long user, long referral, Instant at) {
        jdbc.sql("update referral_notification set read_at = :at where user_id = :u and referral_id = :r and read_at is null")
                .param("at", ts(at)).param("u", user).param("r", referral).update();
    }

    public boolean escalate(long referral, String clock, int level, long notified, Instant at) {
        return jdbc.sql("""
                insert into referral_escalation (referral_id, clock, level, notified_user_id, at) values (:r, :c, :l, :u, :at)
                on conflict do nothing""")
                .param("r", referral).param("c", clock).param("l", level).param("u", notified).param("at", ts(at)).update() > 0;
    }

    /** Undecided referrals whose CP-01 deadline has passed: id, LA agency, referrer, due, current escalation level. */
    public record Overdue(long id, String reference, long laAgencyId, long referrerUserId, Long supervisorId,
                          long referrerAgencyId, Instant due, int level) {
    }

    public List<Overdue> overdueDecisions(Instant now) {
        return jdbc.sql("""
                select r.id, r.reference, r.la_agency_id, r.referrer_user_id, r.referrer_supervisor_id, r.referrer_agency_id,
                       r.decision_due_at,
                       coalesce((select max(level) from referral_escalation e where e.referral_id = r.id and e.clock = 'CP-01'), 0)
                from referral r
                where r.decision_due_at <= :now and not exists (select 1 from referral_decision d where d.referral_id = r.id)""")
                .param("now", ts(now))
                .query((rs, i) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, Long.class), rs.getLong(6), at(rs, "decision_due_at"), rs.getInt(8))).list();
    }

    /** Open challenges past their clock: referral id, challenge id, manager, due, level reached. */
    public record OverdueChallenge(long referralId, String reference, long challengeId, long laAgencyId, Instant due, int level) {
    }

    public List<OverdueChallenge> overdueChallenges(Instant now) {
        return jdbc.sql("""
                select c.referral_id, r.reference, c.id, r.la_agency_id, c.due_at,
                       coalesce((select max(level) from referral_escalation e where e.referral_id = r.id and e.clock = 'CHALLENGE'), 0)
                from referral_challenge c join referral r on r.id = c.referral_id
                where c.answered_at is null and c.due_at <= :now""")
                .param("now", ts(now))
                .query((rs, i) -> new OverdueChallenge(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        at(rs, "due_at"), rs.getInt(6))).list();
    }

    /** Earlier referrals about this child, including those made under a person since merged into them (ADR 0004). */
    public List<ReferralHistory.PreviousReferral> previousOf(long child) {
        return jdbc.sql("""
                select r.sent_at, r.reference, r.la_agency_id,
                       (select outcome from referral_decision d where d.referral_id = r.id order by d.id desc limit 1) as outcome
                from referral r where r.child_person_id = any(:c) order by r.sent_at desc""")
                .param("c", merged.withMergedInto(child).toArray(Long[]::new))
                .query((rs, i) -> new ReferralHistory.PreviousReferral(at(rs, "sent_at"),
                        users.agency(rs.getLong(3)).map(Users.Agency::name).orElse(""), "Haven referral " + rs.getString(2),
                        rs.getString(4) == null ? "Not yet decided" : DecisionOutcome.valueOf(rs.getString(4)).label()))
                .list();
    }

    private static final String SUMMARY = """
            select r.id, r.reference, r.child_person_id, r.referrer_agency_id, r.referrer_team, r.la_agency_id, r.sent_at,
                   r.decision_due_at, d.outcome, d.decided_at, r.quality_score,
                   exists (select 1 from referral_challenge c where c.referral_id = r.id and c.answered_at is null) as open_challenge,
                   coalesce((select max(level) from referral_escalation e where e.referral_id = r.id and e.clock = 'CP-01'), 0) as level
            from referral r
            left join lateral (select outcome, decided_at from referral_decision x where x.referral_id = r.id
                               order by x.id desc limit 1) d on true
            """;

    private ReferralSummary summary(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ReferralSummary(rs.getLong("id"), rs.getString("reference"), rs.getLong("child_person_id"),
                users.agency(rs.getLong("referrer_agency_id")).map(Users.Agency::name).orElse(""), rs.getString("referrer_team"),
                users.agency(rs.getLong("la_agency_id")).map(Users.Agency::name).orElse(""), at(rs, "sent_at"),
                at(rs, "decision_due_at"), outcome == null ? null : DecisionOutcome.valueOf(outcome), at(rs, "decided_at"),
                rs.getBoolean("open_challenge"), rs.getInt("quality_score"), rs.getInt("level"));
    }

    /** A hub's queue: undecided first (soonest due first), then open challenges, then the latest decided. */
    public List<ReferralSummary> hubQueue(long laAgencyId, int limit) {
        return jdbc.sql(SUMMARY + " where r.la_agency_id = :la order by d.outcome is not null, r.decision_due_at, r.id desc limit :n")
                .param("la", laAgencyId).param("n", limit).query((rs, i) -> summary(rs)).list();
    }

    /** Referrals sent by a user or by the staff they supervise, newest first. */
    public List<ReferralSummary> sentBy(long userId, int limit) {
        return jdbc.sql(SUMMARY + " where r.referrer_user_id = :u or r.referrer_supervisor_id = :u order by r.sent_at desc limit :n")
                .param("u", userId).param("n", limit).query((rs, i) -> summary(rs)).list();
    }

    public List<ReferralSummary> all(int limit) {
        return jdbc.sql(SUMMARY + " order by r.sent_at desc limit :n").param("n", limit).query((rs, i) -> summary(rs)).list();
    }
}
