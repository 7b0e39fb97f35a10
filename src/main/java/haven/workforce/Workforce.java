package haven.workforce;

import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import haven.workforce.allegations.Allegation;
import haven.workforce.allegations.AllegationValidation;
import haven.workforce.allegations.LadoOutcome;
import haven.workforce.recruitment.CheckStatus;
import haven.workforce.recruitment.SaferRecruitment;
import haven.workforce.recruitment.StaffMember;
import haven.workforce.store.WorkforceStore;
import haven.workforce.whistleblowing.FollowUpReference;
import haven.workforce.whistleblowing.WhistleblowingAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The workforce module's API: staff records behind the safer-recruitment gates (REC-01, REC-02), allegations
 * against staff with the LADO referral clocked by AL-01, and the anonymous whistleblowing channel.
 */
@Service
public class Workforce {

    private final WorkforceStore store;
    private final Rules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WhistleblowingAccess whistleblowingAccess;
    private final SecureRandom random = new SecureRandom();
    private final ObjectProvider<haven.clocks.Clocks> clocks;
    private final ObjectProvider<Workplaces> workplaces;
    private final haven.access.Users users;

    Workforce(WorkforceStore store, ObjectProvider<Rules> rules, ApplicationEventPublisher events, Clock clock,
              @Value("${haven.workforce.whistleblowing-roles:DESIGNATED_OFFICER,NATIONAL_MONITOR}") List<String> roles,
              ObjectProvider<haven.clocks.Clocks> clocks, ObjectProvider<Workplaces> workplaces, haven.access.Users users) {
        this.store = store;
        this.rules = rules.getIfAvailable(Rules::standard);
        this.events = events;
        this.clock = clock;
        this.whistleblowingAccess = new WhistleblowingAccess(roles);
        this.clocks = clocks;
        this.workplaces = workplaces;
        this.users = users;
    }

    /** Who must make the LADO referral: the person recording, else the establishment's senior lead. */
    private Optional<Long> referralOwner(UUID establishmentId) {
        var current = haven.access.CurrentUser.find();
        if (current.isPresent()) {
            return Optional.of(current.get().id());
        }
        Workplaces w = workplaces.getIfAvailable();
        if (w == null || establishmentId == null) {
            return Optional.empty();
        }
        return w.all().stream().filter(x -> x.id().equals(establishmentId)).findFirst()
                .flatMap(x -> users.agency(x.agencyCode()))
                .flatMap(a -> users.seniorLeadOf(a.id()).or(() -> users.inAgency(a.id()).stream()
                        .filter(u -> u.has(haven.access.Role.SECURE_MANAGER)).findFirst()))
                .map(haven.access.HavenUser::id);
    }

    /** An allegation with its AL-01 due time (from clocks) and whether it is overdue now. */
    public record AllegationView(Allegation allegation, Instant ladoReferralDue, String ladoReferralDueText,
                                 boolean overdue, boolean referredLate) {
    }

    // ---- staff ----

    @Transactional
    public Outcome recordStaff(StaffMember s, String by, String why) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.displayName() == null || s.displayName().isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the staff member's name"));
        }
        if (s.role() == null || s.role().isBlank()) {
            problems.add(new FieldProblem("role", "Enter the staff member's role"));
        }
        if (s.monthsExperienceWithChildren() < 0) {
            problems.add(new FieldProblem("monthsExperienceWithChildren", "Experience cannot be negative"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        if (s.separateBarredListCheck() != CheckStatus.NOT_REQUESTED
                && SaferRecruitment.mayRequestBarredListCheck(s) instanceof Decision.Refused r) { // REC-02
            return Outcome.of(r);
        }
        if (s.startDate() != null && SaferRecruitment.mayStart(s, s.startDate()) instanceof Decision.Refused r) { // REC-01
            return Outcome.of(r);
        }
        UUID id = s.id() == null ? UUID.randomUUID() : s.id();
        store.save(new StaffMember(id, s.establishmentId(), s.displayName().trim(), s.role().trim(), s.regulatedActivity(),
                s.monthsExperienceWithChildren(), s.enhancedDbs(), s.separateBarredListCheck(), s.supervisorId(),
                s.startDate(), s.training()), by, clock.instant(), why == null ? "Recorded" : why);
        return new Outcome.Recorded(id);
    }

    public Optional<StaffMember> staffMember(UUID id) {
        return store.staff(id);
    }

    public List<StaffMember> staff(UUID establishmentId) {
        return store.staffOf(establishmentId);
    }

    // ---- allegations (AL-01) ----

    @Transactional
    public Outcome recordAllegation(Allegation a, Jurisdiction jurisdiction, String by) {
        UUID id = a.id() == null ? UUID.randomUUID() : a.id();
        Allegation withId = new Allegation(id, a.staffId(), a.establishmentId(), a.receivedAt(), a.category(),
                a.summary(), a.linkedIncidentIds(), a.referredToLadoAt(), a.ladoReference(), a.ladoProcess(),
                a.outcome(), a.concludedAt());
        List<FieldProblem> problems = AllegationValidation.validate(withId, clock.instant());
        if (a.staffId() != null && store.staff(a.staffId()).isEmpty()) {
            problems = new ArrayList<>(problems);
            problems.add(new FieldProblem("staffId", "Select a member of staff from the staff records"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        store.save(withId, by, clock.instant(), "Allegation received");
        Schedule due = rules.schedule(RuleId.AL_01, a.receivedAt(), jurisdiction);
        haven.clocks.Clocks register = clocks.getIfAvailable();
        if (register != null && a.referredToLadoAt() == null) { // AL-01 on the clocks register, escalated if missed
            referralOwner(a.establishmentId()).ifPresent(owner -> register.open(haven.clocks.OpenDeadline.of(
                    RuleId.AL_01, jurisdiction, "allegation", id.toString(), a.receivedAt(), owner)));
        }
        events.publishEvent(new AllegationReceived(id, a.staffId(), a.establishmentId(), a.receivedAt(), due.due()));
        return new Outcome.Recorded(id);
    }

    @Transactional
    public Outcome referToLado(UUID id, Instant referredAt, String ladoReference, String reasonForDelay, String by) {
        var current = store.allegation(id);
        if (current.isEmpty()) {
            return new Outcome.Invalid(List.of(new FieldProblem("id", "No such allegation")));
        }
        Allegation a = current.get();
        Allegation next = new Allegation(a.id(), a.staffId(), a.establishmentId(), a.receivedAt(), a.category(),
                a.summary(), a.linkedIncidentIds(), referredAt, ladoReference, a.ladoProcess(), a.outcome(), a.concludedAt());
        List<FieldProblem> problems = new ArrayList<>(AllegationValidation.validate(next, clock.instant()));
        if (referredAt == null) {
            problems.add(new FieldProblem("referredToLadoAt", "Enter when the allegation was referred to the LADO"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        haven.clocks.Clocks register = clocks.getIfAvailable();
        if (register != null) {
            for (var d : register.forSubject("allegation", id.toString())) {
                if (d.isOpen() && d.rule() == RuleId.AL_01
                        && register.meet(d.id(), reasonForDelay == null || reasonForDelay.isBlank() ? null : reasonForDelay.trim())
                        instanceof haven.clocks.DeadlineChange.Refused refused) {
                    return new Outcome.Invalid(List.of(new FieldProblem("reasonForDelay", refused.reason())));
                }
            }
        }
        store.save(next, by, clock.instant(), "Referred to the LADO");
        return new Outcome.Recorded(id);
    }

    @Transactional
    public Outcome recordLadoOutcome(UUID id, String process, LadoOutcome outcome, Instant concludedAt, String by) {
        var current = store.allegation(id);
        if (current.isEmpty()) {
            return new Outcome.Invalid(List.of(new FieldProblem("id", "No such allegation")));
        }
        Allegation a = current.get();
        Allegation next = new Allegation(a.id(), a.staffId(), a.establishmentId(), a.receivedAt(), a.category(),
                a.summary(), a.linkedIncidentIds(), a.referredToLadoAt(), a.ladoReference(), process, outcome, concludedAt);
        List<FieldProblem> problems = new ArrayList<>(AllegationValidation.validate(next, clock.instant()));
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select the LADO's outcome"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        store.save(next, by, clock.instant(), "LADO outcome recorded");
        return new Outcome.Recorded(id);
    }

    public List<AllegationView> allegations(UUID establishmentId, Jurisdiction jurisdiction) {
        return store.allegations(establishmentId).stream().map(a -> view(a, jurisdiction)).toList();
    }

    public Optional<AllegationView> allegation(UUID id, Jurisdiction jurisdiction) {
        return store.allegation(id).map(a -> view(a, jurisdiction));
    }

    /** Allegations against staff of an establishment received by {@code at} and not concluded by then. */
    public int openAllegations(UUID establishmentId, Instant at) {
        return (int) store.allegations(establishmentId).stream()
                .filter(a -> !a.receivedAt().isAfter(at))
                .filter(a -> a.concludedAt() == null || a.concludedAt().isAfter(at))
                .count();
    }

    private AllegationView view(Allegation a, Jurisdiction jurisdiction) {
        Schedule s = rules.schedule(RuleId.AL_01, a.receivedAt(), jurisdiction); // AL-01 from clocks
        Instant now = clock.instant();
        boolean overdue = a.referredToLadoAt() == null && !now.isBefore(s.due());
        boolean late = a.referredToLadoAt() != null && !a.referredToLadoAt().isBefore(s.due());
        return new AllegationView(a, s.due(), s.describeDue(), overdue, late);
    }

    // ---- whistleblowing ----

    /** Takes an anonymous concern and returns the only copy of its follow-up reference; nothing about the sender is kept. */
    @Transactional
    public Optional<FollowUpReference> raiseConcern(UUID establishmentId, String concern) {
        if (concern == null || concern.isBlank()) {
            return Optional.empty();
        }
        FollowUpReference ref = FollowUpReference.generate(random);
        store.saveReport(UUID.randomUUID(), ref.hash(), establishmentId, clock.instant(), concern.trim());
        return Optional.of(ref);
    }

    /** The thread a whistleblower sees when they come back with their reference. */
    public Optional<List<WorkforceStore.MessageRow>> followUp(FollowUpReference ref) {
        return store.reportByHash(ref.hash()).map(store::messages);
    }

    @Transactional
    public boolean addToConcern(FollowUpReference ref, String message) {
        var id = store.reportByHash(ref.hash());
        if (id.isEmpty() || message == null || message.isBlank()) {
            return false;
        }
        store.addMessage(id.get(), clock.instant(), true, null, message.trim(), null);
        return true;
    }

    public Decision mayReadConcerns(Collection<String> viewerRoles) {
        return whistleblowingAccess.mayRead(viewerRoles);
    }

    public List<WorkforceStore.ReportRow> concerns(Collection<String> viewerRoles) {
        if (!mayReadConcerns(viewerRoles).isAllowed()) {
            return List.of();
        }
        return store.reports();
    }

    public List<WorkforceStore.MessageRow> concernThread(UUID reportId, Collection<String> viewerRoles) {
        return mayReadConcerns(viewerRoles).isAllowed() ? store.messages(reportId) : List.of();
    }

    @Transactional
    public Outcome respondToConcern(UUID reportId, String response, String status, String role,
                                    Collection<String> viewerRoles) {
        if (mayReadConcerns(viewerRoles) instanceof Decision.Refused r) {
            return Outcome.of(r);
        }
        if (response == null || response.isBlank()) {
            return new Outcome.Invalid(List.of(new FieldProblem("response", "Enter a response")));
        }
        store.addMessage(reportId, clock.instant(), false, role, response.trim(), status);
        return new Outcome.Recorded(reportId);
    }
}
