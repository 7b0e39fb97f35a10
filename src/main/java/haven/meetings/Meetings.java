package haven.meetings;

import haven.access.AgencyType;
import haven.access.HavenUser;
import haven.access.Users;
import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.identity.People;
import haven.meetings.domain.ActionRules;
import haven.meetings.domain.DiscussionRules;
import haven.meetings.internal.MeetingStore;
import haven.meetings.internal.MeetingTimescales;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convenes and records strategy discussions, their invitees, decisions and actions, each on
 * the clocks, and keeps the supervisor review queue. Any other module convenes a discussion
 * with a {@link ConvenedFrom} reference to its own record.
 */
@Service
public class Meetings {
    public static final String STRATEGY_DISCUSSION = "STRATEGY_DISCUSSION";

    private final MeetingStore store;
    private final MeetingTimescales timescales;
    private final Users users;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingStore store, MeetingTimescales timescales, Users users, People people, ApplicationEventPublisher events,
             Clock clock) {
        this.store = store;
        this.timescales = timescales;
        this.users = users;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Convenes a strategy discussion now: the CP-02 clock starts. */
    @Transactional
    public long convene(ConveneDiscussion c, HavenUser by) {
        return convene(c, by, clock.instant());
    }

    /** Convenes a strategy discussion decided on at {@code decidedAt} (for example the referral decision). */
    @Transactional
    public long convene(ConveneDiscussion c, HavenUser by, Instant decidedAt) {
        var problems = new ArrayList<FieldProblem>();
        if (c.from() == null || c.from().kind() == null || !ConvenedFrom.KINDS.contains(c.from().kind())) {
            problems.add(new FieldProblem("from.kind", "Say what the discussion is convened from: one of "
                    + new java.util.TreeSet<>(ConvenedFrom.KINDS)));
        } else if (c.from().reference() == null || c.from().reference().isBlank()) {
            problems.add(new FieldProblem("from.reference", "Enter the reference of the record it is convened from"));
        }
        if (c.childPersonId() == null || people.recordsOf(c.childPersonId()).isEmpty()) {
            problems.add(new FieldProblem("childPersonId", "Choose a child known to Haven"));
        }
        var la = c.localAuthorityAgencyId() == null ? Optional.<Users.Agency>empty() : users.agency(c.localAuthorityAgencyId());
        if (la.isEmpty() || la.get().type() != AgencyType.CHILDRENS_SERVICES) {
            problems.add(new FieldProblem("localAuthorityAgencyId", "Choose the local authority's children's services"));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Enter why a strategy discussion is needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Jurisdiction j = jurisdictionOf(la.get());
        var schedule = timescales.strategyDiscussion(decidedAt, j); // CP-02
        long id = store.insertDiscussion(c.from(), c.childPersonId(), la.get().id(), j.name(), c.reason().strip(), by.id(),
                decidedAt, schedule.due());
        timescales.open(RuleId.CP_02, id, j, decidedAt, by.id()); // CP-02 on the register
        events.publishEvent(new StrategyDiscussionConvened(id, c.from(), c.childPersonId(), schedule.due()));
        return id;
    }

    private Jurisdiction jurisdictionOf(Users.Agency la) {
        return users.area(la.areaCode()).map(a -> Jurisdiction.valueOf(a.jurisdiction())).orElse(Jurisdiction.ENGLAND);
    }

    @Transactional
    public long invite(long discussionId, Invite i, HavenUser by) {
        var d = discussion(discussionId);
        var problems = new ArrayList<FieldProblem>();
        String name = i.name();
        if (i.userId() != null) {
            var user = users.byId(i.userId());
            if (user.isEmpty()) {
                problems.add(new FieldProblem("userId", "There is no such member of staff"));
            } else if (name == null || name.isBlank()) {
                name = user.get().displayName() + ", " + user.get().agencyName();
            }
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Enter the invitee's name and role"));
        }
        if (i.agency() == null) {
            problems.add(new FieldProblem("agency", "Choose the agency the invitee speaks for"));
        }
        if (i.seniority() == null) {
            problems.add(new FieldProblem("seniority", "Choose the invitee's seniority"));
        }
        if (d.held()) {
            problems.add(new FieldProblem("name", "The discussion has been recorded; invitees can no longer be added"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return store.insertInvitee(discussionId, i.userId(), name.strip(), i.agency(), i.seniority(), by.id(), clock.instant());
    }

    /**
     * Records the discussion once. Returns the supervisor review it needs, if any (a single-agency
     * decision taken with only a constable for the police).
     */
    @Transactional
    public Optional<Long> record(long discussionId, RecordDiscussion r, HavenUser by) {
        var d = discussion(discussionId);
        Instant now = clock.instant();
        var attendees = d.invitees().stream()
                .map(v -> new DiscussionRules.Attendee(v.id(), v.agency(), v.seniority())).toList();
        var problems = DiscussionRules.problems(r, attendees, now, d.convenedAt(), d.due(), d.held());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean late = DiscussionRules.isLate(r.heldAt(), d.due()); // CP-02
        Instant conferenceDue = DiscussionRules.startsConferenceClock(r)
                ? timescales.initialConference(r.heldAt(), Jurisdiction.valueOf(d.jurisdiction())).due() : null; // CP-05
        int changed = store.recordHeld(discussionId, r.heldAt(), late, late ? r.reasonForDelay().strip() : null,
                r.informationShared().strip(), r.investigation(), r.s47Enquiries(), r.immediateProtection(),
                r.rationale().strip(), by.id(), now, conferenceDue);
        if (changed == 0) {
            throw new InvalidInput("heldAt", "This strategy discussion is already recorded");
        }
        store.markAttendance(discussionId, r.attended());
        timescales.meet(RuleId.CP_02, discussionId, r.heldAt(), late ? r.reasonForDelay().strip() : null);
        if (conferenceDue != null) {
            timescales.open(RuleId.CP_05, discussionId, Jurisdiction.valueOf(d.jurisdiction()), r.heldAt(), by.id());
        }
        events.publishEvent(new StrategyDiscussionHeld(discussionId, d.from(), r.investigation(), r.s47Enquiries(), late,
                conferenceDue));
        if (!DiscussionRules.needsSupervisorReview(r, attendees)) {
            return Optional.empty();
        }
        long decidedBy = d.invitees().stream()
                .filter(v -> v.agency() == InviteeAgency.POLICE && r.attended().contains(v.id()) && v.userId() != null)
                .map(DiscussionView.InviteeView::userId).findFirst().orElse(by.id());
        return Optional.of(requestReview(STRATEGY_DISCUSSION, discussionId,
                r.investigation().label() + " decided at strategy discussion " + discussionId
                        + " with no police attendee above constable", decidedBy));
    }

    @Transactional
    public long addAction(long discussionId, AddAction a, HavenUser by) {
        discussion(discussionId);
        Instant now = clock.instant();
        boolean ownerKnown = a.ownerUserId() != null && users.byId(a.ownerUserId()).isPresent();
        var problems = ActionRules.problems(a, timescales.today(now), ownerKnown);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var j = Jurisdiction.valueOf(discussion(discussionId).jurisdiction());
        long id = store.insertAction(discussionId, a.description().strip(), a.ownerUserId(), timescales.actionDue(a.dueOn(), j),
                by.id(), now);
        timescales.open(MeetingTimescales.ACTION_SUBJECT, RuleId.ACTION, id, j,
                haven.clocks.LondonTime.startOf(a.dueOn()), a.ownerUserId());
        return id;
    }

    @Transactional
    public void completeAction(long actionId, String reasonForDelay, HavenUser by) {
        long discussionId = store.discussionOfAction(actionId).orElseThrow(() -> new NotFound("There is no action " + actionId + "."));
        var action = discussion(discussionId).actions().stream().filter(x -> x.id() == actionId).findFirst().orElseThrow();
        Instant now = clock.instant();
        if (action.doneAt() != null) {
            throw new InvalidInput("action", "This action is already done");
        }
        if (DiscussionRules.needsReasonForDelay(now, action.due(), reasonForDelay)) {
            throw new InvalidInput("reasonForDelay", "The action is past its due day: enter the reason for the delay");
        }
        boolean late = DiscussionRules.isLate(now, action.due());
        store.completeAction(actionId, now, late, late ? reasonForDelay.strip() : null);
        timescales.meet(MeetingTimescales.ACTION_SUBJECT, RuleId.ACTION, actionId, now, late ? reasonForDelay.strip() : null);
    }

    /** The initial child protection conference was held (CP-05). */
    @Transactional
    public void recordConference(long discussionId, Instant heldAt, String reasonForDelay, HavenUser by) {
        var d = discussion(discussionId);
        if (d.conferenceDue() == null) {
            throw new InvalidInput("conferenceHeldAt", "No s47 enquiries started from this discussion, so no conference clock runs");
        }
        if (heldAt == null || heldAt.isAfter(clock.instant())) {
            throw new InvalidInput("conferenceHeldAt", "Enter when the conference was held (not in the future)");
        }
        if (DiscussionRules.needsReasonForDelay(heldAt, d.conferenceDue(), reasonForDelay)) {
            throw new InvalidInput("conferenceReasonForDelay",
                    "The conference was after the CP-05 deadline: enter the reason for the delay");
        }
        boolean late = DiscussionRules.isLate(heldAt, d.conferenceDue());
        if (store.recordConference(discussionId, heldAt, late, late ? reasonForDelay.strip() : null) == 0) {
            throw new InvalidInput("conferenceHeldAt", "The conference is already recorded");
        }
        timescales.meet(RuleId.CP_05, discussionId, heldAt, late ? reasonForDelay.strip() : null);
    }

    /**
     * Puts a decision in its maker's supervisor's queue (or, lacking one, their agency's senior
     * lead's), on the supervisor review clock.
     */
    @Transactional
    public long requestReview(String subjectKind, long subjectId, String decision, long decidedByUserId) {
        var decider = users.byId(decidedByUserId).orElseThrow(() -> new InvalidInput("decidedBy", "Unknown member of staff"));
        var reviewer = users.supervisorOf(decidedByUserId).or(() -> users.seniorLeadOf(decider.agencyId()))
                .orElseThrow(() -> new InvalidInput("decidedBy", "Nobody is named to review this member of staff's decisions"));
        Instant now = clock.instant();
        long id = store.insertReview(subjectKind, subjectId, decision, decidedByUserId, reviewer.id(), now,
                timescales.supervisorReviewDue(now));
        timescales.open(MeetingTimescales.REVIEW_SUBJECT, RuleId.SUPERVISOR_REVIEW, id, Jurisdiction.ENGLAND, now, reviewer.id());
        events.publishEvent(new SupervisorReviewRequested(id, subjectKind, subjectId, reviewer.id()));
        return id;
    }

    @Transactional
    public void review(long reviewId, ReviewDecision d, HavenUser by) {
        var r = store.review(reviewId).orElseThrow(() -> new NotFound("There is no review " + reviewId + "."));
        var problems = new ArrayList<FieldProblem>();
        Instant now = clock.instant();
        if (r.reviewerUserId() != by.id()) {
            problems.add(new FieldProblem("comment", "This review is in another supervisor's queue"));
        } else if (r.reviewedAt() != null) {
            problems.add(new FieldProblem("comment", "This decision has already been reviewed"));
        } else {
            if (!d.endorsed() && (d.comment() == null || d.comment().isBlank())) {
                problems.add(new FieldProblem("comment", "Say what must change"));
            }
            if (DiscussionRules.needsReasonForDelay(now, r.due(), d.reasonForDelay())) {
                problems.add(new FieldProblem("reasonForDelay", "The review is overdue: enter the reason for the delay"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean late = DiscussionRules.isLate(now, r.due());
        store.answerReview(reviewId, now, d.endorsed(), d.comment() == null ? null : d.comment().strip(), late,
                late ? d.reasonForDelay().strip() : null);
        timescales.meet(MeetingTimescales.REVIEW_SUBJECT, RuleId.SUPERVISOR_REVIEW, reviewId, now,
                late ? d.reasonForDelay().strip() : null);
    }

    public DiscussionView discussion(long id) {
        var d = store.discussion(id).orElseThrow(() -> new NotFound("There is no strategy discussion " + id + "."));
        return withOwnerNames(d);
    }

    private DiscussionView withOwnerNames(DiscussionView d) {
        var actions = d.actions().stream().map(a -> new DiscussionView.ActionView(a.id(), a.description(), a.ownerUserId(),
                users.byId(a.ownerUserId()).map(HavenUser::displayName).orElse("Unknown"), a.due(), a.doneAt(), a.late(),
                a.reasonForDelay())).toList();
        return new DiscussionView(d.id(), d.from(), d.childPersonId(), d.localAuthorityAgencyId(), d.jurisdiction(), d.reason(),
                d.convenedBy(), d.convenedAt(), d.due(), d.heldAt(), d.late(), d.reasonForDelay(), d.informationShared(),
                d.investigation(), d.s47Enquiries(), d.immediateProtection(), d.rationale(), d.conferenceDue(),
                d.conferenceHeldAt(), d.conferenceLate(), d.conferenceReasonForDelay(), d.invitees(), actions);
    }

    public List<DiscussionView> convenedFrom(ConvenedFrom from) {
        return store.convenedFrom(from);
    }

    /** Discussions a user works with: their local authority's, or every one for police, health and partnership. */
    public List<DiscussionView> discussions(HavenUser viewer, int limit) {
        Long la = viewer.agencyType() == AgencyType.CHILDRENS_SERVICES ? viewer.agencyId() : null;
        return store.recent(la, limit);
    }

    public ReviewView reviewItem(long id) {
        var r = store.review(id).orElseThrow(() -> new NotFound("There is no review " + id + "."));
        return named(r);
    }

    /** A supervisor's own queue, overdue first. */
    public List<ReviewView> reviewQueue(HavenUser reviewer) {
        return store.openReviews(reviewer.id()).stream().map(this::named).toList();
    }

    public List<ReviewView> reviewsOf(String kind, long subjectId) {
        return store.reviewsOf(kind, subjectId).stream().map(this::named).toList();
    }

    private ReviewView named(ReviewView r) {
        return new ReviewView(r.id(), r.subjectKind(), r.subjectId(), r.decision(), r.decidedBy(),
                users.byId(r.decidedBy()).map(HavenUser::displayName).orElse("Unknown"), r.reviewerUserId(), r.requestedAt(),
                r.due(), r.reviewedAt(), r.endorsed(), r.comment(), r.late(), r.reasonForDelay());
    }

    /** The number of decisions waiting for a supervisor's review, and how many of those are overdue. */
    public QueueLength reviewQueueLength() {
        return new QueueLength(store.openReviewCount(), store.overdueReviewCount(clock.instant()));
    }

    /** The length of the supervisor review queue. */
    public record QueueLength(long waiting, long overdue) {
    }

    /** Strategy discussions: waiting within CP-02, held on time, held late, and not held past CP-02. */
    public record DiscussionCounts(long waiting, long heldOnTime, long heldLate, long overdue) {
    }

    public DiscussionCounts discussionCounts() {
        long[] c = store.discussionCounts(clock.instant());
        return new DiscussionCounts(c[0], c[1], c[2], c[3]);
    }

    /** Every deadline met late in an investigation, with the reason recorded. */
    public List<DelayReason> delays(int limit) {
        return store.delays(limit);
    }
}
