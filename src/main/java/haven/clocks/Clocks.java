package haven.clocks;

import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.access.Users;
import haven.clocks.register.Deadline;
import haven.clocks.register.EscalationChain;
import haven.clocks.register.Outcome;
import haven.clocks.store.DeadlineStore;
import haven.clocks.store.SetBasedSweep;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory clocks for every module: what falls due when under a rule, and the deadline register (open, meet,
 * stop, what is due for a user, team or agency, the monthly breach report). A sweep every minute raises warnings
 * and breaches, escalates up the chain (owner, supervisor, the agency's senior lead) and publishes
 * {@link DeadlineWarned} and {@link DeadlineBreached}; meeting a deadline publishes {@link DeadlineMet}.
 */
@Service
public class Clocks {

    private static final Logger log = LoggerFactory.getLogger(Clocks.class);

    private final Rules rules;
    private final DeadlineStore store;
    private final SetBasedSweep sweep;
    private final EscalationChain chain;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Clocks(Rules rules, DeadlineStore store, SetBasedSweep sweep, EscalationChain chain, Users users,
           ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.sweep = sweep;
        this.chain = chain;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The rules with this instance's calendar and local parameters. */
    public Rules rules() {
        return rules;
    }

    /** What falls due when under a rule for a clock started at {@code start}. */
    public Schedule whatIsDue(RuleId rule, Instant start, Jurisdiction jurisdiction) {
        try {
            return rules.schedule(rule, start, jurisdiction);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("start", e.getMessage().replaceFirst("^date: ", ""));
        }
    }

    /**
     * Puts a deadline on the register, computed from its rule (or one of the rule's milestones).
     *
     * @throws InvalidInput naming {@code milestone} or {@code ownerUserId} when they do not exist, or {@code start}
     *                      when the calendar does not cover it
     */
    @Transactional
    public DeadlineView open(OpenDeadline request) {
        // the database keeps microseconds: compute from the start exactly as it will be stored
        OpenDeadline command = new OpenDeadline(request.rule(), request.milestone(), request.jurisdiction(),
                request.subjectType(), request.subjectId(), request.start().truncatedTo(ChronoUnit.MICROS),
                request.ownerUserId());
        HavenUser owner = users.byId(command.ownerUserId())
                .orElseThrow(() -> new InvalidInput("ownerUserId", "No member of staff has id " + command.ownerUserId()));
        Schedule schedule = whatIsDue(command.rule(), command.start(), command.jurisdiction());
        DeadlineStore.Due due;
        if (command.milestone() == null) {
            due = new DeadlineStore.Due(schedule.due(), schedule.dueKind(), schedule.warningInstants());
        } else {
            Schedule.Milestone m = schedule.milestone(command.milestone()).orElseThrow(() -> new InvalidInput("milestone",
                    command.rule() + " has no milestone '" + command.milestone() + "'; it has "
                            + schedule.milestones().stream().map(Schedule.Milestone::key).collect(Collectors.joining(", "))));
            due = new DeadlineStore.Due(m.due(), m.dueKind(), List.of());
        }
        long id = store.insert(command, due, owner.team(), owner.agencyId(), clock.instant(), actor());
        return store.find(id).orElseThrow();
    }

    /** One deadline, open or closed. */
    public Optional<DeadlineView> find(long id) {
        return store.find(id);
    }

    /**
     * Records the duty as done now. A deadline met late (breached, or past its due time) needs the reason for the
     * delay; without one the result is {@link DeadlineChange.Refused} naming {@code reasonForDelay}.
     *
     * @throws NotFound if there is no such deadline
     */
    @Transactional
    public DeadlineChange meet(long id, String reasonForDelayIfBreached) {
        Deadline deadline = store.lockForChange(id).orElseThrow(() -> new NotFound("There is no deadline " + id));
        Outcome outcome = deadline.meet(clock.instant(), reasonForDelayIfBreached);
        if (outcome instanceof Outcome.Refused r) {
            return new DeadlineChange.Refused(r.field(), r.reason());
        }
        DeadlineState.Met met = (DeadlineState.Met) ((Outcome.Allowed) outcome).deadline().state();
        store.close(id, met, actor(), clock.instant());
        DeadlineView view = store.find(id).orElseThrow();
        events.publishEvent(new DeadlineMet(id, view.rule(), view.subjectType(), view.subjectId(), met.at(), met.late(),
                met.reasonForDelay()));
        return new DeadlineChange.Changed(view);
    }

    /**
     * Stops a deadline whose duty fell away (for example the child was released), with the reason.
     *
     * @throws NotFound if there is no such deadline
     */
    @Transactional
    public DeadlineChange stop(long id, String reason) {
        Deadline deadline = store.lockForChange(id).orElseThrow(() -> new NotFound("There is no deadline " + id));
        Outcome outcome = deadline.stop(clock.instant(), reason);
        if (outcome instanceof Outcome.Refused r) {
            return new DeadlineChange.Refused(r.field(), r.reason());
        }
        store.close(id, ((Outcome.Allowed) outcome).deadline().state(), actor(), clock.instant());
        return new DeadlineChange.Changed(store.find(id).orElseThrow());
    }

    /** Open deadlines a member of staff owns, overdue first, then soonest due. */
    public List<DeadlineView> dueForUser(long userId) {
        return store.openForOwner(userId, clock.instant());
    }

    /** Open deadlines of a team in an agency, overdue first. */
    public List<DeadlineView> dueForTeam(long agencyId, String team) {
        return store.openForTeam(agencyId, team, clock.instant());
    }

    /** Open deadlines of an agency, overdue first. */
    public List<DeadlineView> dueForAgency(long agencyId) {
        return store.openForAgency(agencyId, clock.instant());
    }

    /** Open deadlines of other people escalated to a supervisor or senior lead, overdue first. */
    public List<DeadlineView> escalatedTo(long userId) {
        return store.openEscalatedTo(userId, clock.instant());
    }

    /** Every deadline about one subject of another module, open or closed, newest first. */
    public List<DeadlineView> forSubject(String subjectType, String subjectId) {
        return store.forSubject(subjectType, subjectId);
    }

    /** Breaches per rule per London month from {@code from} to {@code to} inclusive; all agencies when null. */
    public List<BreachCount> breachesPerMonth(YearMonth from, YearMonth to, Long agencyId) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "The last month must not be before the first");
        }
        return store.breachesPerMonth(from, to, agencyId);
    }

    /** The escalation steps taken on a deadline: level, target, recipient and when. */
    public List<EscalationRecord> escalations(long deadlineId) {
        return store.escalations(deadlineId).stream()
                .map(s -> new EscalationRecord(s.level(), s.target(), s.recipientUserId(), s.at())).toList();
    }

    /** An escalation step taken on a deadline; {@code recipientUserId} is null when nobody held that place in the chain. */
    public record EscalationRecord(int level, String target, Long recipientUserId, Instant at) {
    }

    /** What one sweep did. */
    public record SweepSummary(int warnings, int breaches, int escalations, boolean backlog) {
    }

    /**
     * One sweep at the clock's time: raises warnings and breaches, takes the escalation steps due, records each and
     * notifies. The scheduler calls it every minute; tests and operators may call it directly.
     */
    @Transactional
    public SweepSummary sweep() {
        Instant now = clock.instant();
        SetBasedSweep.Findings found = sweep.run(now, chain, directory());
        found.warnings().forEach(events::publishEvent);
        found.breaches().forEach(events::publishEvent);
        if (!found.breaches().isEmpty() || !found.escalations().isEmpty()) {
            log.info("Clock sweep: {} warnings, {} breaches, {} escalation steps", found.warnings().size(),
                    found.breaches().size(), found.escalations().size());
        }
        return new SweepSummary(found.warnings().size(), found.breaches().size(), found.escalations().size(),
                found.backlog());
    }

    private SetBasedSweep.Directory directory() {
        Map<Long, Long> supervisors = new HashMap<>();
        for (HavenUser u : users.all()) {
            if (u.supervisorId() != null) {
                supervisors.put(u.id(), u.supervisorId());
            }
        }
        Map<Long, Long> leads = new HashMap<>();
        for (Users.Agency a : users.agencies()) {
            if (a.seniorLeadUserId() != null) {
                leads.put(a.id(), a.seniorLeadUserId());
            }
        }
        return new SetBasedSweep.Directory(supervisors, leads);
    }

    private static String actor() {
        return CurrentUser.find().map(HavenUser::username).orElse("system");
    }
}
