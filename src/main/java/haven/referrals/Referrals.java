package haven.referrals;

import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.AgencyType;
import haven.access.HavenUser;
import haven.access.Role;
import haven.access.Users;
import haven.clocks.Jurisdiction;
import haven.identity.People;
import haven.meetings.ConveneDiscussion;
import haven.meetings.ConvenedFrom;
import haven.meetings.Meetings;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import haven.referrals.domain.ChallengeRules;
import haven.referrals.domain.DecisionRules;
import haven.referrals.domain.Quality;
import haven.referrals.domain.ReferralCheck;
import haven.referrals.domain.ReferralRules;
import haven.referrals.internal.DashboardQueries;
import haven.referrals.internal.HistoryGathering;
import haven.referrals.internal.ReferralStore;
import haven.referrals.internal.ReferralTimescales;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door: raises referrals (refusing one without the child's voice, demeanour, consent
 * or basis), routes each to the local authority where the child lives, records the decision on
 * the CP-01 clock and feeds it back to the referrer and their supervisor, and runs challenges.
 */
@Service
public class Referrals {
    private final ReferralStore store;
    private final HistoryGathering history;
    private final ReferralTimescales timescales;
    private final DashboardQueries dashboard;
    private final Meetings meetings;
    private final Users users;
    private final People people;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralStore store, HistoryGathering history, ReferralTimescales timescales, DashboardQueries dashboard,
              Meetings meetings, Users users, People people, AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.history = history;
        this.timescales = timescales;
        this.dashboard = dashboard;
        this.meetings = meetings;
        this.users = users;
        this.people = people;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a referral without sending it; empty when it may go. */
    public List<FieldProblem> problems(RaiseReferral r) {
        var problems = new ArrayList<FieldProblem>();
        if (ReferralRules.check(r) instanceof ReferralCheck.Refused refused) {
            problems.addAll(refused.problems());
        }
        if (r.childPersonId() != null && people.recordsOf(r.childPersonId()).isEmpty()) {
            problems.add(new FieldProblem("childPersonId", "There is no child " + r.childPersonId() + " in Haven"));
        }
        return problems;
    }

    /** Sends a referral to the hub of the local authority where the child lives now; refused whole if anything is missing. */
    @Transactional
    public ReferralSent raise(RaiseReferral r, HavenUser referrer) {
        return raise(r, referrer, clock.instant());
    }

    /** As {@link #raise(RaiseReferral, HavenUser)}, sent at a given time (imports and the demo area's history). */
    @Transactional
    public ReferralSent raise(RaiseReferral r, HavenUser referrer, Instant sentAt) {
        if (referrer.id() <= 0) {
            throw new Forbidden("A referral comes from a named practitioner, who is told the decision:"
                    + " send it with the practitioner's own sign-in, not a system token.");
        }
        var problems = problems(r);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String area = history.currentArea(r.childPersonId());
        var la = area == null ? Optional.<Users.Agency>empty() : users.agency(area)
                .filter(a -> a.type() == AgencyType.CHILDRENS_SERVICES);
        if (la.isEmpty()) {
            throw new InvalidInput("childPersonId", "Haven does not know which local authority this child lives in;"
                    + " record the child's address first");
        }
        Jurisdiction jurisdiction = users.area(la.get().areaCode())
                .map(a -> Jurisdiction.valueOf(a.jurisdiction())).orElse(Jurisdiction.ENGLAND);
        var schedule = timescales.decision(sentAt, jurisdiction); // CP-01
        long id = store.nextId();
        var attached = history.gather(referrer, r.childPersonId(), la.get().code(), ReferralStore.reference(id));
        var quality = Quality.score(r, true);
        store.insert(id, r, referrer, la.get(), jurisdiction.name(), quality, attached, sentAt, schedule.due(),
                schedule.warningInstants().isEmpty() ? null : schedule.warningInstants().get(0));
        decisionOwner(la.get()).ifPresent(owner -> timescales.openDecisionClock(id, jurisdiction, sentAt, owner)); // CP-01
        var sent = new ReferralSent(id, ReferralStore.reference(id), r.childPersonId(), la.get().id());
        events.publishEvent(sent);
        return sent;
    }

    /** Who owns a local authority's CP-01 deadlines: its first hub worker, or else its senior lead. */
    private Optional<Long> decisionOwner(Users.Agency la) {
        return users.inAgency(la.id()).stream().filter(u -> u.has(Role.HUB_WORKER)).map(HavenUser::id).findFirst()
                .or(() -> users.seniorLeadOf(la.id()).map(HavenUser::id));
    }

    /**
     * A referral for one viewer: the referrer, their supervisor, and staff of the receiving local
     * authority (and the partnership) may open it; the view is logged.
     */
    public ReferralView view(long id, HavenUser viewer, String channel) {
        long child = store.childOf(id).orElseThrow(() -> new NotFound("There is no referral " + id + "."));
        var summary = people.summaries(List.of(child));
        var v = store.find(id, summary.isEmpty() ? "Unknown" : summary.get(0).name()).orElseThrow();
        if (!mayOpen(v, viewer)) {
            throw new Forbidden("This referral is for " + v.localAuthority() + " and was sent by " + v.referrerAgency()
                    + ". Ask them, or your supervisor, if you need to know more.");
        }
        accessLog.record(viewer, child, "api".equals(channel) ? AccessAction.API_READ : AccessAction.VIEW_PERSON, channel,
                "referral " + v.reference(), false);
        store.markRead(viewer.id(), id, clock.instant());
        return v;
    }

    public Optional<Long> idOf(String reference) {
        return store.idOf(reference);
    }

    static boolean mayOpen(ReferralView v, HavenUser viewer) {
        return viewer.id() == v.referrerUserId()
                || (v.referrerSupervisorId() != null && viewer.id() == v.referrerSupervisorId())
                || viewer.agencyId() == v.localAuthorityAgencyId()
                || viewer.agencyType() == AgencyType.SAFEGUARDING_PARTNERSHIP;
    }

    static boolean mayDecide(ReferralView v, HavenUser user) {
        return user.agencyId() == v.localAuthorityAgencyId()
                && user.hasAny(java.util.EnumSet.of(Role.HUB_WORKER, Role.SOCIAL_WORK_MANAGER, Role.SOCIAL_WORKER));
    }

    /** Records the local authority's decision and tells the referrer and their supervisor. */
    @Transactional
    public ReferralDecided decide(long id, RecordDecision d, HavenUser by) {
        return decide(id, d, by, clock.instant());
    }

    /** As {@link #decide(long, RecordDecision, HavenUser)}, decided at a given time (imports and the demo area's history). */
    @Transactional
    public ReferralDecided decide(long id, RecordDecision d, HavenUser by, Instant now) {
        var v = view(id, by, "decision");
        if (!mayDecide(v, by)) {
            throw new Forbidden("Only the hub of " + v.localAuthority() + " may decide this referral.");
        }
        if (now.isAfter(clock.instant()) || now.isBefore(v.sentAt())) {
            throw new InvalidInput("decidedAt", "A decision is made after the referral and not in the future");
        }
        var problems = DecisionRules.problems(d, now, v.decisionDue(), v.decided());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean late = DecisionRules.isLate(now, v.decisionDue()); // CP-01
        long decisionId = store.insertDecision(id, d.outcome(), blankToNull(d.reason()), late,
                late ? d.reasonForDelay().strip() : null, by.id(), now, null);
        timescales.meetDecisionClock(id, now, late ? d.reasonForDelay().strip() : null); // CP-01
        afterDecision(v, d.outcome(), d.reason(), by, now, decisionId, "DECIDED");
        var decided = new ReferralDecided(id, v.reference(), d.outcome(), late);
        events.publishEvent(decided);
        return decided;
    }

    private void afterDecision(ReferralView v, DecisionOutcome outcome, String reason, HavenUser by, Instant now,
                               long decisionId, String kind) {
        String message = v.localAuthority() + " decided " + v.reference() + ": " + outcome.label()
                + (reason == null || reason.isBlank() ? "" : " — " + reason.strip());
        for (Long user : recipients(v)) {
            store.notify(user, v.id(), kind, message, now);
        }
        if (outcome == DecisionOutcome.STRATEGY_DISCUSSION_S47
                && meetings.convenedFrom(new ConvenedFrom("REFERRAL", v.reference())).isEmpty()) {
            meetings.convene(new ConveneDiscussion(new ConvenedFrom("REFERRAL", v.reference()), v.childPersonId(),
                    v.localAuthorityAgencyId(), "Decided on referral " + v.reference()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())), by, now);
        }
        if (outcome == DecisionOutcome.NO_FURTHER_ACTION && !by.has(Role.SOCIAL_WORK_MANAGER)) {
            meetings.requestReview("REFERRAL_DECISION", decisionId,
                    "No further action on referral " + v.reference() + " decided by a hub worker", by.id());
        }
    }

    private static LinkedHashSet<Long> recipients(ReferralView v) {
        var set = new LinkedHashSet<Long>();
        set.add(v.referrerUserId());
        if (v.referrerSupervisorId() != null) {
            set.add(v.referrerSupervisorId());
        }
        return set;
    }

    /** The referrer (or their supervisor) challenges the decision; it goes to a named manager on the challenge clock. */
    @Transactional
    public DecisionChallenged challenge(long id, RaiseChallenge c, HavenUser by) {
        var v = view(id, by, "challenge");
        boolean referrerSide = by.id() == v.referrerUserId()
                || (v.referrerSupervisorId() != null && by.id() == v.referrerSupervisorId());
        var problems = ChallengeRules.problems(c, new ChallengeRules.Facts(v.decided(), v.openChallenge() != null, referrerSide));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var decision = v.decision();
        var manager = users.supervisorOf(decision.decidedBy())
                .or(() -> users.seniorLeadOf(v.localAuthorityAgencyId()))
                .orElseThrow(() -> new InvalidInput("grounds", v.localAuthority() + " has no named manager for challenges"));
        Instant now = clock.instant();
        var jurisdiction = Jurisdiction.valueOf(v.jurisdiction());
        long challengeId = store.insertChallenge(id, decision.id(), c.grounds().strip(), by.id(), now, manager.id(),
                timescales.challengeDue(now, jurisdiction));
        timescales.openChallengeClock(challengeId, jurisdiction, now, manager.id());
        store.notify(manager.id(), id, "CHALLENGE", by.displayName() + " (" + by.agencyName() + ") challenges the decision on "
                + v.reference() + ": " + c.grounds().strip(), now);
        var event = new DecisionChallenged(id, challengeId, manager.id());
        events.publishEvent(event);
        return event;
    }

    /** The named manager answers the challenge: the decision stands, or a new decision replaces it. */
    @Transactional
    public void answer(long id, AnswerChallenge a, HavenUser by) {
        var v = view(id, by, "challenge");
        var open = v.openChallenge();
        Instant now = clock.instant();
        var problems = ChallengeRules.problems(a, open != null && open.managerUserId() == by.id(), open != null, now,
                open == null ? now : open.due());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean late = DecisionRules.isLate(now, open.due());
        Long newDecision = null;
        if (!a.upheld()) {
            newDecision = store.insertDecision(id, a.newOutcome(), a.response().strip(), false, null, by.id(), now,
                    v.decision().id());
        }
        store.answerChallenge(open.id(), by.id(), now, a.upheld(), a.response().strip(), newDecision, late,
                late ? a.reasonForDelay().strip() : null);
        timescales.meetChallengeClock(open.id(), now, late ? a.reasonForDelay().strip() : null);
        String message = "Challenge on " + v.reference() + " answered by " + by.displayName() + ": "
                + (a.upheld() ? "the decision stands" : "changed to " + a.newOutcome().label()) + " — " + a.response().strip();
        for (Long user : recipients(v)) {
            store.notify(user, id, "CHALLENGE_ANSWERED", message, now);
        }
        if (!a.upheld() && a.newOutcome() == DecisionOutcome.STRATEGY_DISCUSSION_S47) {
            afterDecision(v, a.newOutcome(), a.response(), by, now, newDecision, "DECIDED_AGAIN");
        }
    }

    /** The hub queue of the user's local authority, undecided first; the listing is logged. */
    public List<ReferralSummary> hubQueue(HavenUser user) {
        if (user.agencyType() != AgencyType.CHILDRENS_SERVICES) {
            return List.of();
        }
        accessLog.record(user, null, AccessAction.SEARCH, "web", "hub queue", false);
        return store.hubQueue(user.agencyId(), 200);
    }

    /** The referrals waiting for the user's hub's decision (references and clocks only, no personal details). */
    public List<ReferralSummary> waitingInHub(HavenUser user) {
        if (user.agencyType() != AgencyType.CHILDRENS_SERVICES) {
            return List.of();
        }
        return store.hubQueue(user.agencyId(), 200).stream().filter(s -> s.outcome() == null).toList();
    }

    /** Referrals the user sent, or staff they supervise sent. */
    public List<ReferralSummary> sentBy(HavenUser user) {
        return store.sentBy(user.id(), 200);
    }

    public List<Notification> inbox(long userId, boolean unreadOnly) {
        return store.inbox(userId, unreadOnly, 50);
    }

    /**
     * Escalates overdue decisions and challenge answers, once per level: CP-01 breached → the
     * local authority's senior lead and the referrer are told; a day later the referring agency's
     * senior lead. An overdue challenge goes to the local authority's senior lead. Returns the steps taken.
     */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        int steps = 0;
        for (var o : store.overdueDecisions(now)) {
            if (o.level() < 1) {
                var lead = users.seniorLeadOf(o.laAgencyId());
                if (lead.isPresent() && store.escalate(o.id(), "CP-01", 1, lead.get().id(), now)) {
                    store.notify(lead.get().id(), o.id(), "OVERDUE", "The CP-01 decision on " + o.reference()
                            + " is overdue: it was due by " + haven.platform.time.LondonTime.dateTime(o.due()), now);
                    store.notify(o.referrerUserId(), o.id(), "OVERDUE", "No decision yet on " + o.reference()
                            + "; escalated to the local authority's senior lead", now);
                    steps++;
                }
            }
            if (o.level() < 2 && !now.isBefore(o.due().plus(java.time.Duration.ofHours(24)))) {
                var lead = users.seniorLeadOf(o.referrerAgencyId());
                if (lead.isPresent() && store.escalate(o.id(), "CP-01", 2, lead.get().id(), now)) {
                    store.notify(lead.get().id(), o.id(), "OVERDUE", "Your agency's referral " + o.reference()
                            + " has waited more than a day past CP-01 for a decision", now);
                    steps++;
                }
            }
        }
        for (var c : store.overdueChallenges(now)) {
            var lead = users.seniorLeadOf(c.laAgencyId());
            if (c.level() < 1 && lead.isPresent() && store.escalate(c.referralId(), "CHALLENGE", 1, lead.get().id(), now)) {
                store.notify(lead.get().id(), c.referralId(), "OVERDUE", "The challenge on " + c.reference()
                        + " has not been answered in time", now);
                steps++;
            }
        }
        return steps;
    }

    /** Every decision and challenge answer made late, with the reason recorded. */
    public List<LateDecision> delays(int limit) {
        return dashboard.delays(limit);
    }

    public Dashboard dashboard() {
        Instant now = clock.instant();
        var t = dashboard.totals(now);
        var queue = meetings.reviewQueueLength();
        var discussions = meetings.discussionCounts();
        return new Dashboard(t.sent(), t.awaiting(), t.overdue(), dashboard.byOutcome(), t.challenged(), t.openChallenges(),
                t.decidedLate(), t.feedbackRate(), t.averageQuality(), dashboard.nfaByTeam(), dashboard.nfaByLocalAuthority(),
                dashboard.weeks(timescales.londonDate(now), 12), queue.waiting(), queue.overdue(), discussions.waiting(),
                discussions.overdue(), discussions.heldLate());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
