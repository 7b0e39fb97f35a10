package haven.secureestate;

import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import haven.secureestate.education.EducationSession;
import haven.secureestate.education.EducationValidation;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.estate.PlacementPolicy;
import haven.secureestate.force.Technique;
import haven.secureestate.force.TechniqueCatalogue;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.force.UseOfForcePolicy;
import haven.secureestate.force.UseOfForceRecord;
import haven.secureestate.force.UseOfForceValidation;
import haven.secureestate.health.HealthValidation;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.notifications.PartnershipOutbox;
import haven.secureestate.regime.Movement;
import haven.secureestate.searches.Search;
import haven.secureestate.searches.SearchValidation;
import haven.secureestate.separation.Observation;
import haven.secureestate.separation.SeparationAuthority;
import haven.secureestate.separation.SeparationBreach;
import haven.secureestate.separation.SeparationCheck;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.separation.SeparationValidation;
import haven.secureestate.staffing.ShiftStaffing;
import haven.secureestate.store.AlertStore;
import haven.secureestate.store.CareStore;
import haven.secureestate.store.EstateStore;
import haven.secureestate.store.ForceStore;
import haven.secureestate.store.Recorded;
import haven.secureestate.store.SeparationStore;
import haven.workforce.Workforce;
import haven.workforce.allegations.Allegation;
import haven.workforce.allegations.AllegationCategory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The secure estate's API: places children, records use of force, searches, separations, movements, staffing,
 * education and health, applying SE-01/SE-02 and validation before anything is written, raising alerts to the
 * right role, and queuing SE-07 notifications to the safeguarding partnership in the same transaction.
 */
@Service
public class SecureEstate {

    /** Roles alerts are addressed to (as in {@code haven.access.Role}). */
    public static final String MANAGER = "SECURE_MANAGER";
    public static final String HEALTHCARE_LEAD = "HEALTHCARE_LEAD";
    public static final String MONITOR = "NATIONAL_MONITOR";

    private final EstateStore estate;
    private final ForceStore force;
    private final SeparationStore separations;
    private final CareStore care;
    private final AlertStore alerts;
    private final PartnershipOutbox outbox;
    private final Workforce workforce;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Rules rules;
    private final TechniqueCatalogue catalogue = TechniqueCatalogue.standard();
    private final UseOfForcePolicy policy = new UseOfForcePolicy(catalogue);
    private final SeparationCheck separationCheck;

    private final ObjectProvider<haven.clocks.Clocks> clocks;
    private final haven.access.Users users;

    SecureEstate(EstateStore estate, ForceStore force, SeparationStore separations, CareStore care, AlertStore alerts,
                 PartnershipOutbox outbox, Workforce workforce, ApplicationEventPublisher events, Clock clock,
                 ObjectProvider<Rules> rules, ObjectProvider<haven.clocks.Clocks> clocks, haven.access.Users users) {
        this.clocks = clocks;
        this.users = users;
        this.estate = estate;
        this.force = force;
        this.separations = separations;
        this.care = care;
        this.alerts = alerts;
        this.outbox = outbox;
        this.workforce = workforce;
        this.events = events;
        this.clock = clock;
        this.rules = rules.getIfAvailable(Rules::standard);
        this.separationCheck = new SeparationCheck(this.rules);
    }

    /** A use of force with its SE-03 deadlines from clocks and the partnership notification state, for pages. */
    public record UseOfForceView(UseOfForceRecord record, List<Technique> techniques, Schedule se03,
                                 Optional<haven.secureestate.notifications.PartnershipNotification> notification) {
    }

    public TechniqueCatalogue techniques() {
        return catalogue;
    }

    public List<Establishment> establishments() {
        return estate.all();
    }

    public Optional<Establishment> establishment(UUID id) {
        return estate.find(id);
    }

    public Optional<Establishment> establishmentOfAgency(String agencyCode) {
        return estate.byAgency(agencyCode);
    }

    // ---- establishments and placements ----

    @Transactional
    public UUID registerEstablishment(Establishment e, String healthcareLead, String by) {
        estate.insert(e, healthcareLead, new Recorded(by, clock.instant(), "Establishment registered"));
        return e.id();
    }

    @Transactional
    public Outcome place(Placement p, String by) {
        Optional<Establishment> est = estate.find(p.establishmentId());
        if (est.isEmpty()) {
            return invalid("establishmentId", "Select an establishment");
        }
        List<FieldProblem> problems = PlacementPolicy.validate(est.get(), p);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        if (PlacementPolicy.decide(est.get(), estate.placements(p.establishmentId()), p) instanceof Decision.Refused r) {
            return Outcome.of(r);
        }
        Placement withId = p.id() != null ? p : new Placement(UUID.randomUUID(), p.childPersonId(), p.childReference(),
                p.establishmentId(), p.unitId(), p.roomId(), p.placingAuthority(), p.youthOffendingTeam(), p.start(), p.end());
        estate.savePlacement(withId, new Recorded(by, clock.instant(), "Child placed"));
        return new Outcome.Recorded(withId.id());
    }

    public List<Placement> placements(UUID establishmentId) {
        return estate.placements(establishmentId);
    }

    public List<Placement> currentPlacements(UUID establishmentId) {
        Instant now = clock.instant();
        return estate.placements(establishmentId).stream().filter(p -> p.isCurrentAt(now)).toList();
    }

    public List<Placement> placementsOfChild(long childPersonId) {
        return estate.placementsOfChild(childPersonId);
    }

    // ---- use of force (SE-01, SE-02, SE-03, SE-07) ----

    /**
     * Records a use of force. Incomplete or impossible records are {@link Outcome.Invalid}; a pain-inducing technique
     * without the recorded immediate risk is {@link Outcome.Refused} (SE-01). In a children's home a pain-inducing
     * technique is refused (SE-02) unless the person recording confirms it happened and must be reported: then it
     * is recorded, the manager alerted and an allegation opened against the staff involved, so it is never hidden.
     */
    @Transactional
    public Outcome recordUseOfForce(UseOfForce draft, boolean reportProhibitedPractice, String by) {
        Optional<Establishment> est = estate.find(draft.establishmentId());
        if (est.isEmpty()) {
            return invalid("establishmentId", "Select an establishment");
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = UseOfForceValidation.validate(draft, catalogue, now);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        Decision decision = policy.decide(est.get().type(), draft);
        boolean prohibited = false;
        if (decision instanceof Decision.Refused r) {
            if (!(r.ruleId().equals("SE-02") && reportProhibitedPractice)) {
                return Outcome.of(r);
            }
            prohibited = true;
        }
        UseOfForce f = draft.id() != null ? draft : withId(draft, UUID.randomUUID());
        boolean pain = f.techniqueCodes().stream().anyMatch(c -> catalogue.find(c).map(Technique::painInducing).orElse(false));
        boolean prone = f.techniqueCodes().stream().anyMatch(c -> catalogue.find(c).map(Technique::faceDown).orElse(false));
        force.save(new UseOfForceRecord(f, 1, pain, prone, null, null, null, null, null, now, by,
                prohibited ? "Recorded as a prohibited practice (SE-02)" : "Recorded"));
        if (prohibited) {
            alerts.raise(f.establishmentId(), f.childPersonId(), "SE-02", "PROHIBITED_RESTRAINT", MANAGER,
                    "A pain-inducing technique was used in a children's home", f.id(), now);
            for (UUID staff : f.staffIds()) {
                if (workforce.staffMember(staff).isPresent()) {
                    workforce.recordAllegation(new Allegation(null, staff, f.establishmentId(), now,
                            AllegationCategory.HARMED_A_CHILD, "Pain-inducing restraint used in a children's home (SE-02)",
                            List.of(f.id()), null, null, null, null, null), est.get().jurisdiction(), by);
                }
            }
        }
        openFollowUp(est.get(), f, now);
        if (pain) {
            alerts.raise(f.establishmentId(), f.childPersonId(), "SE-01", "PAIN_INDUCING", MANAGER,
                    "Pain-inducing technique used: review the justification", f.id(), now);
        }
        events.publishEvent(new UseOfForceRecorded(f.id(), f.establishmentId(), f.childPersonId(), pain, prone, f.childInjured()));
        if (f.childInjured()) { // SE-07
            UUID notification = outbox.enqueue(f.id(), f.establishmentId(), est.get().safeguardingPartnership(),
                    partnershipPayload(est.get(), f));
            alerts.raise(f.establishmentId(), f.childPersonId(), "SE-07", "RESTRAINT_INJURY", MANAGER,
                    "A restraint injured a child; the safeguarding partnership is being notified", f.id(), now);
            events.publishEvent(new RestraintInjuredChild(f.id(), f.establishmentId(), f.childPersonId(), notification));
        }
        return new Outcome.Recorded(f.id());
    }

    /**
     * SE-03 on the clocks register: the manager's sign-off (48 h) and the child's account (5 days), owned by the
     * establishment's senior lead so the clocks sweep escalates them. Only for a record made while they are still
     * to come; an old incident entered late is shown with its due times but not put on the register.
     */
    private void openFollowUp(Establishment est, UseOfForce f, Instant now) {
        haven.clocks.Clocks register = clocks.getIfAvailable();
        if (register == null) {
            return;
        }
        Optional<Long> owner = users.agency(est.agencyCode())
                .flatMap(a -> users.seniorLeadOf(a.id()).or(() -> users.inAgency(a.id()).stream()
                        .filter(u -> u.has(haven.access.Role.SECURE_MANAGER)).findFirst()))
                .map(haven.access.HavenUser::id);
        if (owner.isEmpty()) {
            return;
        }
        Schedule se03 = rules.schedule(RuleId.SE_03, f.endedAt(), est.jurisdiction());
        for (String milestone : List.of("manager", "child")) {
            if (now.isBefore(se03.milestone(milestone).orElseThrow().due())) {
                register.open(new haven.clocks.OpenDeadline(RuleId.SE_03, milestone, est.jurisdiction(), "use-of-force",
                        f.id().toString(), f.endedAt(), owner.get()));
            }
        }
    }

    /** Meets the SE-03 milestone on the register; a late one needs the reason for the delay. */
    private Optional<FieldProblem> meetFollowUp(UUID useOfForceId, String milestone, String reasonForDelay) {
        haven.clocks.Clocks register = clocks.getIfAvailable();
        if (register == null) {
            return Optional.empty();
        }
        for (var d : register.forSubject("use-of-force", useOfForceId.toString())) {
            if (d.isOpen() && milestone.equals(d.milestone()) && register.meet(d.id(),
                    reasonForDelay == null || reasonForDelay.isBlank() ? null : reasonForDelay.trim())
                    instanceof haven.clocks.DeadlineChange.Refused r) {
                return Optional.of(new FieldProblem("reasonForDelay", r.reason()));
            }
        }
        return Optional.empty();
    }

    /** SE-03: the child's own account, spoken to within 5 days; kept as a new version. */
    @Transactional
    public Outcome recordChildAccount(UUID id, Instant spokenToAt, String account, String by) {
        return recordChildAccount(id, spokenToAt, account, null, by);
    }

    @Transactional
    public Outcome recordChildAccount(UUID id, Instant spokenToAt, String account, String reasonForDelay, String by) {
        var current = force.find(id);
        if (current.isEmpty()) {
            return invalid("id", "No such use of force");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (spokenToAt == null) {
            problems.add(new FieldProblem("childSpokenToAt", "Enter when the child was spoken to"));
        } else if (spokenToAt.isBefore(current.get().force().endedAt()) || spokenToAt.isAfter(clock.instant())) {
            problems.add(new FieldProblem("childSpokenToAt", "The child must be spoken to after the use of force ended, and not in the future"));
        }
        if (account == null || account.isBlank()) {
            problems.add(new FieldProblem("childAccount", "Enter the child's account in their own words"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        Optional<FieldProblem> late = meetFollowUp(id, "child", reasonForDelay);
        if (late.isPresent()) {
            return new Outcome.Invalid(List.of(late.get()));
        }
        UseOfForceRecord r = current.get();
        force.save(new UseOfForceRecord(r.force(), r.version() + 1, r.painInducing(), r.faceDown(), spokenToAt, account.trim(),
                r.managerReviewedAt(), r.managerReviewedBy(), r.managerReview(), clock.instant(), by, "Child's account added"));
        return new Outcome.Recorded(id);
    }

    /** SE-03: the manager speaks to the staff and signs within 48 hours; kept as a new version. */
    @Transactional
    public Outcome recordManagerReview(UUID id, String review, String by) {
        return recordManagerReview(id, review, null, by);
    }

    @Transactional
    public Outcome recordManagerReview(UUID id, String review, String reasonForDelay, String by) {
        var current = force.find(id);
        if (current.isEmpty()) {
            return invalid("id", "No such use of force");
        }
        if (review == null || review.isBlank()) {
            return invalid("managerReview", "Enter the manager's review, including what the staff said");
        }
        Optional<FieldProblem> late = meetFollowUp(id, "manager", reasonForDelay);
        if (late.isPresent()) {
            return new Outcome.Invalid(List.of(late.get()));
        }
        UseOfForceRecord r = current.get();
        Instant now = clock.instant();
        force.save(new UseOfForceRecord(r.force(), r.version() + 1, r.painInducing(), r.faceDown(), r.childSpokenToAt(),
                r.childAccount(), now, by, review.trim(), now, by, "Manager's review signed"));
        return new Outcome.Recorded(id);
    }

    public Optional<UseOfForceView> useOfForce(UUID id) {
        return force.find(id).map(this::view);
    }

    public List<UseOfForceRecord> useOfForceHistory(UUID id) {
        return force.history(id);
    }

    public List<UseOfForceView> usesOfForce(UUID establishmentId, Instant from, Instant to) {
        return force.inEstablishment(establishmentId, from, to).stream().map(this::view).toList();
    }

    private UseOfForceView view(UseOfForceRecord r) {
        var est = estate.find(r.force().establishmentId()).orElseThrow();
        Schedule se03 = rules.schedule(RuleId.SE_03, r.force().endedAt(), est.jurisdiction());
        return new UseOfForceView(r, r.force().techniqueCodes().stream().map(catalogue::find).flatMap(Optional::stream).toList(),
                se03, outbox.forUseOfForce(r.force().id()));
    }

    // ---- searches (SE-07) ----

    @Transactional
    public Outcome recordSearch(Search s, String by) {
        if (estate.find(s.establishmentId()).isEmpty()) {
            return invalid("establishmentId", "Select an establishment");
        }
        List<FieldProblem> problems = SearchValidation.validate(s, clock.instant());
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        Search withId = s.id() != null ? s : new Search(UUID.randomUUID(), s.establishmentId(), s.childPersonId(), s.kind(),
                s.conductedAt(), s.riskAssessment().trim(), s.authorisingManagerId(), s.reason().trim(), s.found(),
                s.presentStaffIds());
        force.save(withId, new Recorded(by, clock.instant(), "Recorded"));
        return new Outcome.Recorded(withId.id());
    }

    public List<Search> searches(UUID establishmentId, Instant from, Instant to) {
        return force.searches(establishmentId, from, to);
    }

    // ---- separation (SE-04, SE-05) ----

    @Transactional
    public Outcome recordSeparation(SeparationEpisode e, String by) {
        Optional<Establishment> est = estate.find(e.establishmentId());
        if (est.isEmpty()) {
            return invalid("establishmentId", "Select an establishment");
        }
        SeparationEpisode withId = e.id() != null ? e : new SeparationEpisode(UUID.randomUUID(), e.establishmentId(),
                e.childPersonId(), e.startedAt(), e.endedAt(), e.reason(), e.otherMethodsTried(), e.authorisedBy(),
                e.reasonsGivenInWritingAt(), e.observations(), e.authorities());
        return saveSeparation(est.get(), withId, by, e.id() == null ? "Separation started" : "Separation updated");
    }

    @Transactional
    public Outcome addObservation(UUID separationId, Observation o, String by) {
        var e = separations.find(separationId);
        if (e.isEmpty()) {
            return invalid("id", "No such separation");
        }
        List<Observation> obs = new ArrayList<>(e.get().observations());
        obs.add(o);
        SeparationEpisode next = copy(e.get(), e.get().endedAt(), obs, e.get().authorities());
        return saveSeparation(estate.find(next.establishmentId()).orElseThrow(), next, by, "Observation recorded");
    }

    @Transactional
    public Outcome endSeparation(UUID separationId, Instant endedAt, String by) {
        var e = separations.find(separationId);
        if (e.isEmpty()) {
            return invalid("id", "No such separation");
        }
        if (endedAt == null) {
            return invalid("endedAt", "Enter when the separation ended");
        }
        SeparationEpisode next = copy(e.get(), endedAt, e.get().observations(), e.get().authorities());
        return saveSeparation(estate.find(next.establishmentId()).orElseThrow(), next, by, "Separation ended");
    }

    @Transactional
    public Outcome grantAuthority(UUID separationId, SeparationAuthority a, String by) {
        var e = separations.find(separationId);
        if (e.isEmpty()) {
            return invalid("id", "No such separation");
        }
        if (a.grantedAt() == null || a.validUntil() == null || a.level() == null) {
            return invalid("authorities", "Enter when the authority was granted, until when, and at what level");
        }
        List<SeparationAuthority> list = new ArrayList<>(e.get().authorities());
        list.add(a);
        SeparationEpisode next = copy(e.get(), e.get().endedAt(), e.get().observations(), list);
        return saveSeparation(estate.find(next.establishmentId()).orElseThrow(), next, by, "Written authority recorded");
    }

    private Outcome saveSeparation(Establishment est, SeparationEpisode e, String by, String why) {
        Instant now = clock.instant();
        List<FieldProblem> problems = SeparationValidation.validate(e, now);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        separations.save(e, new Recorded(by, now, why));
        for (SeparationBreach b : breaches(est, e)) {
            alerts.raise(est.id(), e.childPersonId(), b.ruleId(), "SEPARATION_" + b.ruleId(), MANAGER, b.message(),
                    UUID.nameUUIDFromBytes((e.id() + b.message() + b.at()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), now);
        }
        return new Outcome.Recorded(e.id());
    }

    public List<SeparationBreach> breaches(Establishment est, SeparationEpisode e) {
        return separationCheck.check(est.type(), est.jurisdiction(), e, separations.ofChild(e.childPersonId()).stream()
                .filter(x -> x.establishmentId().equals(est.id())).toList(), clock.instant());
    }

    public Optional<SeparationEpisode> separation(UUID id) {
        return separations.find(id);
    }

    public List<SeparationEpisode> separations(UUID establishmentId, Instant from, Instant to) {
        return separations.inEstablishment(establishmentId, from, to);
    }

    // ---- movements, staffing, education, health ----

    @Transactional
    public Outcome recordMovement(UUID establishmentId, Movement m, String by) {
        if (m.childPersonId() == null || m.at() == null || m.kind() == null) {
            return invalid("kind", "Select the child, the time and whether they left or returned to their room");
        }
        if (m.at().isAfter(clock.instant())) {
            return invalid("at", "The time must not be in the future");
        }
        separations.saveMovements(establishmentId, List.of(m), new Recorded(by, clock.instant(), "Recorded"));
        return new Outcome.Recorded(establishmentId);
    }

    @Transactional
    public void recordMovements(UUID establishmentId, List<Movement> movements, String by) {
        separations.saveMovements(establishmentId, movements, new Recorded(by, clock.instant(), "Imported"));
    }

    @Transactional
    public Outcome recordStaffing(UUID establishmentId, ShiftStaffing s, String by) {
        var est = estate.find(establishmentId);
        if (est.isEmpty() || est.get().unit(s.unitId()).isEmpty()) {
            return invalid("unitId", "Select a unit in this establishment");
        }
        care.save(s, new Recorded(by, clock.instant(), "Recorded"));
        if (s.singleStaffed()) {
            alerts.raise(establishmentId, null, "STAFFING", "SINGLE_STAFFED", MANAGER,
                    est.get().unit(s.unitId()).get().name() + " had " + s.actual() + " staff with " + s.children()
                            + " children on the " + s.shift().name().toLowerCase() + " shift of " + s.day(),
                    UUID.nameUUIDFromBytes((s.unitId() + "" + s.day() + s.shift()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    clock.instant());
        }
        return new Outcome.Recorded(s.unitId());
    }

    public List<ShiftStaffing> staffing(UUID establishmentId, java.time.LocalDate from, java.time.LocalDate to) {
        return care.staffing(establishmentId, from, to);
    }

    @Transactional
    public Outcome recordEducation(EducationSession s, String by) {
        List<FieldProblem> problems = EducationValidation.validate(s);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        EducationSession withId = s.id() != null ? s : new EducationSession(UUID.randomUUID(), s.establishmentId(),
                s.classroom(), s.startsAt(), s.endsAt(), s.childPersonIds(), s.staffPresentIds(), s.classroomLocked());
        care.save(withId, new Recorded(by, clock.instant(), "Recorded"));
        if (withId.isIncident()) {
            alerts.raise(withId.establishmentId(), null, "EDUCATION", "LOCKED_CLASSROOM", MANAGER,
                    withId.childPersonIds().size() + " children locked in " + withId.classroom() + " with no staff present",
                    withId.id(), clock.instant());
        }
        return new Outcome.Recorded(withId.id());
    }

    @Transactional
    public Outcome recordDose(MedicationDose d, String by) {
        List<FieldProblem> problems = HealthValidation.validate(d, clock.instant());
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        MedicationDose withId = d.id() != null ? d : new MedicationDose(UUID.randomUUID(), d.establishmentId(),
                d.childPersonId(), d.medicine().trim(), d.scheduledAt(), d.outcome(), d.recordedAt(), d.reason());
        care.save(withId, new Recorded(by, clock.instant(), "Recorded"));
        if (withId.alertsHealthcareLead()) {
            alerts.raise(withId.establishmentId(), withId.childPersonId(), "HEALTH", "MISSED_DOSE", HEALTHCARE_LEAD,
                    "Missed dose of " + withId.medicine() + ": " + withId.reason(), withId.id(), clock.instant());
            events.publishEvent(new HealthcareMissed(withId.id(), withId.establishmentId(), withId.childPersonId(), "dose"));
        }
        return new Outcome.Recorded(withId.id());
    }

    @Transactional
    public Outcome recordAppointment(MedicalAppointment a, String by) {
        List<FieldProblem> problems = HealthValidation.validate(a);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        MedicalAppointment withId = a.id() != null ? a : new MedicalAppointment(UUID.randomUUID(), a.establishmentId(),
                a.childPersonId(), a.service().trim(), a.scheduledAt(), a.outcome(), a.reason());
        care.save(withId, new Recorded(by, clock.instant(), "Recorded"));
        if (withId.alertsHealthcareLead()) {
            alerts.raise(withId.establishmentId(), withId.childPersonId(), "HEALTH", "MISSED_APPOINTMENT", HEALTHCARE_LEAD,
                    withId.service() + " appointment missed: " + withId.reason(), withId.id(), clock.instant());
            events.publishEvent(new HealthcareMissed(withId.id(), withId.establishmentId(), withId.childPersonId(), "appointment"));
        }
        return new Outcome.Recorded(withId.id());
    }

    public List<MedicationDose> doses(UUID establishmentId, Instant from, Instant to) {
        return care.doses(establishmentId, from, to);
    }

    public List<MedicalAppointment> appointments(UUID establishmentId, Instant from, Instant to) {
        return care.appointments(establishmentId, from, to);
    }

    public List<AlertStore.Alert> alerts(UUID establishmentId, String forRole) {
        return alerts.open(establishmentId, forRole);
    }

    // ---- helpers ----

    private static Outcome invalid(String field, String message) {
        return new Outcome.Invalid(List.of(new FieldProblem(field, message)));
    }

    private static UseOfForce withId(UseOfForce d, UUID id) {
        return new UseOfForce(id, d.establishmentId(), d.childPersonId(), d.location().trim(), d.startedAt(), d.endedAt(),
                d.staffIds(), d.reason(), d.deEscalation().trim(), d.techniqueCodes(), d.immediateRiskJustification(),
                d.bodyWornVideoRef(), d.healthcareAttendedAt(), d.childInjury(), d.staffInjury());
    }

    private static SeparationEpisode copy(SeparationEpisode e, Instant end, List<Observation> obs, List<SeparationAuthority> auth) {
        return new SeparationEpisode(e.id(), e.establishmentId(), e.childPersonId(), e.startedAt(), end, e.reason(),
                e.otherMethodsTried(), e.authorisedBy(), e.reasonsGivenInWritingAt(), obs, auth);
    }

    /** What the partnership is told: ids and facts of the restraint, never the child's name (SE-07). */
    private static String partnershipPayload(Establishment est, UseOfForce f) {
        return "{\"establishment\":\"" + json(est.name()) + "\",\"useOfForceId\":\"" + f.id() + "\",\"childPersonId\":"
                + f.childPersonId() + ",\"startedAt\":\"" + f.startedAt() + "\",\"reason\":\"" + f.reason().name()
                + "\",\"techniques\":\"" + String.join(",", f.techniqueCodes()) + "\",\"injury\":\"" + json(f.childInjury()) + "\"}";
    }

    private static String json(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
