package haven.protection;

import haven.clocks.Rules;
import haven.platform.rules.Verdict;
import haven.platform.web.NotFound;
import haven.protection.internal.ProtectionDeadlines;
import haven.protection.internal.ProtectionStore;
import haven.protection.rules.CasePolicy;
import haven.protection.rules.DutiesOnStart;
import haven.protection.rules.ProtectionClocks;
import haven.protection.rules.ProtectionFacts;
import haven.protection.rules.StartPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Police protection (Children Act 1989 s46): the start with its place of safety, the designated officer's inquiry
 * and decision, every notification duty as a task, and the end. Business refusals come back as
 * {@link Verdict.Refused}; nothing half-written is kept.
 */
@Service
public class Protection {

    private final ProtectionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProtectionClocks clocks;
    private final ProtectionDeadlines deadlines;

    Protection(ProtectionStore store, ApplicationEventPublisher events, Clock clock, ObjectProvider<Rules> rules,
               ProtectionDeadlines deadlines) {
        this.deadlines = deadlines;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.clocks = new ProtectionClocks(rules.getIfAvailable(Rules::standard));
    }

    /** Opens the case and its duties (PP-03, PP-04) and the local authority's s47 enquiry task (PP-08). */
    @Transactional
    public Verdict takeIntoPoliceProtection(TakeIntoPoliceProtection c, String jurisdiction, String by) {
        Verdict v = new StartPolicy(clock).check(c);
        if (!v.allowed()) {
            return v;
        }
        if (!"ENGLAND".equals(jurisdiction) && !"WALES".equals(jurisdiction)) {
            return Verdict.refused("C-07", "jurisdiction", "Choose England or Wales.");
        }
        Instant now = clock.instant();
        long id = store.insertCase(c, jurisdiction, by, now);
        boolean sameLa = c.laWhereFound().strip().equalsIgnoreCase(c.laWhereLives().strip());
        for (NotificationDuty duty : DutiesOnStart.forPlace(c.placeOfSafety(), sameLa)) {
            store.insertTask(id, duty, c.takenAt(), null);
        }
        deadlines.started(id, jurisdiction, c.takenAt(), by);
        events.publishEvent(new ChildTakenIntoPoliceProtection(id, c.childId(), c.takenAt(), c.placeOfSafety(),
                c.laWhereFound(), c.laWhereLives()));
        return Verdict.allowed(id);
    }

    /** A move to another place of safety; a police station again needs its exceptional reason (PP-03). */
    @Transactional
    public Verdict moveTo(long caseId, PlaceOfSafety place, String exceptionalReason, Instant since, String why,
                          String by) {
        ProtectionCaseView v = get(caseId);
        if (!v.open()) {
            return Verdict.refused("PP-03", "caseId", "Police protection has already ended for this case.");
        }
        if (place == null) {
            return Verdict.refused("PP-03", "placeOfSafety", "Record where the child is being kept.");
        }
        if (place == PlaceOfSafety.POLICE_STATION && (exceptionalReason == null || exceptionalReason.isBlank())) {
            return Verdict.refused("PP-03", "exceptionalReason",
                    "A police station is a place of safety only in exceptional cases: record the exceptional reason.");
        }
        if (since == null || since.isBefore(v.takenAt()) || since.isAfter(clock.instant())) {
            return Verdict.refused("PP-03", "since", "The time of the move must fall between the start and now.");
        }
        store.insertPlace(caseId, place, exceptionalReason, since, by, clock.instant(),
                why == null || why.isBlank() ? "moved" : why);
        if (place == PlaceOfSafety.LOCAL_AUTHORITY_ACCOMMODATION) {
            store.insertAttempt(new RecordNotificationAttempt(caseId, NotificationDuty.MOVE_TO_LA_ACCOMMODATION,
                    "local authority", since, by, true, "moved to local authority accommodation"), by, clock.instant());
            deadlines.dutyDone(caseId, NotificationDuty.MOVE_TO_LA_ACCOMMODATION, why);
        } else if (place == PlaceOfSafety.POLICE_STATION) {
            store.insertTask(caseId, NotificationDuty.MOVE_TO_LA_ACCOMMODATION, since, null);
            deadlines.taskOpened(caseId, v.jurisdiction(), NotificationDuty.MOVE_TO_LA_ACCOMMODATION, since, by);
        }
        return Verdict.ALLOWED;
    }

    @Transactional
    public Verdict recordAttempt(RecordNotificationAttempt c, String by) {
        ProtectionCaseView v = get(c.caseId());
        Verdict verdict = new CasePolicy(clock).attempt(facts(v), c);
        if (verdict.allowed()) {
            store.insertAttempt(c, by, clock.instant());
            if (c.succeeded()) {
                deadlines.dutyDone(c.caseId(), c.duty(), c.note());
            }
        }
        return verdict;
    }

    @Transactional
    public Verdict nameDesignatedOfficer(NameDesignatedOfficer c, String by) {
        ProtectionCaseView v = get(c.caseId());
        Verdict verdict = new CasePolicy(clock).nameDesignatedOfficer(facts(v), c);
        if (verdict.allowed()) {
            store.insertDesignatedOfficer(c, by, clock.instant());
        }
        return verdict;
    }

    @Transactional
    public Verdict recordDecision(RecordDesignatedOfficerDecision c, String by) {
        ProtectionCaseView v = get(c.caseId());
        Verdict verdict = new CasePolicy(clock).decide(facts(v), c);
        if (verdict.allowed()) {
            store.insertDecision(c, by, clock.instant());
            store.insertAttempt(new RecordNotificationAttempt(c.caseId(), NotificationDuty.DESIGNATED_OFFICER_INQUIRY,
                    c.decidedBy(), c.decidedAt(), c.decidedBy(), true, "inquiry completed"), by, clock.instant());
            deadlines.dutyDone(c.caseId(), NotificationDuty.DESIGNATED_OFFICER_INQUIRY, c.reasons());
        }
        return verdict;
    }

    @Transactional
    public Verdict end(EndPoliceProtection c, String by) {
        ProtectionCaseView v = get(c.caseId());
        Verdict verdict = new CasePolicy(clock).end(facts(v), c);
        if (verdict.allowed()) {
            store.insertEnd(c, by, clock.instant());
            Instant epoStart = c.kind() != ProtectionEndKind.EMERGENCY_PROTECTION_ORDER ? null
                    : c.epoAppliedForByDesignatedOfficer() ? v.takenAt() : c.epoGrantedAt(); // PP-06
            deadlines.ended(v, epoStart, by);
            events.publishEvent(new PoliceProtectionEnded(c.caseId(), v.childPersonId(), c.kind(), c.endedAt(),
                    !c.endedAt().isBefore(clocks.limit(v).due())));
        }
        return verdict;
    }

    public ProtectionCaseView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("There is no police protection case " + id + "."));
    }

    public List<ClockReading> clocks(ProtectionCaseView c) {
        return clocks.readings(c, clock.instant());
    }

    /** The register: every open case and the most recent cases, each with its duration and place of safety. */
    public ProtectionRegister register(int recent) {
        Instant now = clock.instant();
        return new ProtectionRegister(
                store.registerLines(true, 10_000).stream().map(l -> row(l, now)).toList(),
                store.registerLines(false, recent).stream().map(l -> row(l, now)).toList());
    }

    private ProtectionRegister.Row row(ProtectionStore.RegisterLine l, Instant now) {
        Instant end = l.endedAt() != null ? l.endedAt() : now;
        return new ProtectionRegister.Row(l.caseId(), l.childPersonId(), l.takenAt(), Duration.between(l.takenAt(), end),
                l.currentPlace(), l.policeStationUsed(), l.designatedOfficerNamed(), l.endKind(),
                clocks.registerReadings(l.takenAt(), l.jurisdiction(), l.endedAt(), l.dutiesOutstanding(), now));
    }

    private static ProtectionFacts facts(ProtectionCaseView v) {
        return new ProtectionFacts(v.id(), v.takenBy(), v.takenAt(),
                v.designatedOfficer() == null ? null : v.designatedOfficer().officerId(),
                v.latestDecision() == null ? null : v.latestDecision().outcome(), !v.open());
    }
}
