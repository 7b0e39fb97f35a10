package haven.custody;

import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import haven.custody.internal.CustodyDeadlines;
import haven.custody.internal.CustodyStore;
import haven.custody.internal.MonthlyChart;
import haven.custody.internal.Suites;
import haven.custody.rules.AppropriateAdultDelay;
import haven.custody.rules.AppropriateAdultPolicy;
import haven.custody.rules.BookingPolicy;
import haven.custody.rules.ClosurePolicy;
import haven.custody.rules.CustodyClocks;
import haven.custody.rules.CustodyFacts;
import haven.custody.rules.CustodyFigures;
import haven.custody.rules.DetentionPlacePolicy;
import haven.custody.rules.ExtensionPolicy;
import haven.custody.rules.InterviewPolicy;
import haven.custody.rules.JuvenilePolicy;
import haven.custody.rules.LocalAuthorityRequestPolicy;
import haven.custody.rules.ReviewPolicy;
import haven.custody.rules.StripSearchPolicy;
import haven.custody.rules.TransferPolicy;
import haven.custody.rules.YouthAssessmentPolicy;
import haven.platform.rules.Verdict;
import haven.platform.web.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Children in police custody (PACE Code C): books a child in, records every safeguard, supports the transfer
 * decision after charge and closes the record only with a referral. Business refusals come back as
 * {@link Verdict.Refused}; nothing half-written is kept.
 */
@Service
public class Custody {

    private final CustodyStore store;
    private final Suites suites;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CustodyClocks clocks;
    private final Duration aaLateAfter;
    private final CustodyDeadlines deadlines;
    private final Duration visitInterval;

    Custody(CustodyStore store, Suites suites, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<Rules> rules, CustodyDeadlines deadlines,
            @Value("${haven.custody.appropriate-adult-late-after:PT2H}") Duration aaLateAfter,
            @Value("${haven.custody.visit-interval:PT30M}") Duration visitInterval) {
        this.visitInterval = visitInterval;
        this.store = store;
        this.suites = suites;
        this.events = events;
        this.clock = clock;
        this.clocks = new CustodyClocks(rules.getIfAvailable(Rules::standard));
        this.aaLateAfter = aaLateAfter;
        this.deadlines = deadlines;
    }

    /** Starts a custody record; the relevant time is the arrival (C-06). Allowed carries the record id. */
    @Transactional
    public Verdict bookIn(BookInChild c, String by) {
        Verdict v = new BookingPolicy(clock).check(c);
        if (v instanceof Verdict.Refused) {
            return v;
        }
        Optional<Suites.Suite> suite = suites.find(c.suite());
        if (suite.isEmpty()) {
            return Verdict.refused("C-06", "suite", "Choose a custody suite from the list.");
        }
        Instant now = clock.instant();
        Integer age = JuvenilePolicy.workingAge(c.dateOfBirth(), c.apparentAge(), c.arrivedAt());
        String number = suite.get().code() + "-" + LocalDate.ofInstant(c.arrivedAt(), haven.clocks.LondonTime.ZONE)
                .getYear() + "-" + String.format("%05d", store.nextCustodyNumberSuffix());
        long id = store.insertRecord(c, number, suite.get().jurisdiction(), age, by, now);
        deadlines.booked(get(id), by);
        events.publishEvent(new ChildDetained(id, c.childId(), c.suite(), c.arrivedAt(), c.arrestKind()));
        return Verdict.allowed(id);
    }

    @Transactional
    public Verdict recordAppropriateAdult(RecordAppropriateAdult c, String by) {
        CustodyRecordView r = get(c.recordId());
        Verdict v = new AppropriateAdultPolicy(clock).check(facts(r), c);
        if (v.allowed()) {
            boolean arrivingNow = c.arrivedAt() != null
                    && (r.appropriateAdult() == null || r.appropriateAdult().arrivedAt() == null);
            store.insertAppropriateAdult(c, by, clock.instant(), r.appropriateAdult() == null ? null : "updated");
            if (arrivingNow) {
                AppropriateAdultDelay d = AppropriateAdultDelay.of(c.requestedAt(), c.arrivedAt(), clock.instant(),
                        aaLateAfter);
                events.publishEvent(new AppropriateAdultArrived(r.id(), c.requestedAt(), c.arrivedAt(), d.late()));
            }
        }
        return v;
    }

    @Transactional
    public Verdict recordYouthAssessment(RecordYouthAssessment c, String by) {
        Verdict v = new YouthAssessmentPolicy(clock).check(facts(get(c.recordId())), c);
        if (v.allowed()) {
            store.insertYouthAssessment(c, by, clock.instant());
        }
        return v;
    }

    @Transactional
    public Verdict recordDetentionPlace(RecordDetentionPlace c, String by) {
        Verdict v = new DetentionPlacePolicy(clock).check(facts(get(c.recordId())), c);
        if (v.allowed()) {
            store.insertPlacement(c, by, clock.instant());
        }
        return v;
    }

    @Transactional
    public Verdict recordVisit(RecordVisit c, String by) {
        Verdict v = new haven.custody.rules.VisitPolicy(clock).check(facts(get(c.recordId())), c);
        if (v.allowed()) {
            store.insertVisit(c, by, clock.instant());
        }
        return v;
    }

    /** PACE-14 (local interval): whether an open record's child is due a visit now. */
    public boolean visitDue(CustodyRecordView r) {
        if (!r.open()) {
            return false;
        }
        Instant last = !r.visits().isEmpty() ? r.visits().get(r.visits().size() - 1).visitedAt()
                : r.placement() != null ? r.placement().placedAt() : r.arrivedAt();
        return haven.custody.rules.VisitPolicy.visitDue(last, clock.instant(), visitInterval);
    }

    public Duration visitInterval() {
        return visitInterval;
    }

    @Transactional
    public Verdict recordStripSearch(RecordStripSearch c, String by) {
        Verdict v = new StripSearchPolicy(clock).check(facts(get(c.recordId())), c);
        if (v.allowed()) {
            store.insertStripSearch(c, by, clock.instant());
        }
        return v;
    }

    @Transactional
    public Verdict recordReview(RecordReview c, String by) {
        CustodyRecordView r = get(c.recordId());
        Verdict v = new ReviewPolicy(clock).check(facts(r), c);
        if (v.allowed()) {
            store.insertReview(c, by, clock.instant());
            if (!c.postponed() && r.transfer() == null) {
                deadlines.reviewed(r, by);
            }
        }
        return v;
    }

    @Transactional
    public Verdict recordExtension(RecordDetentionExtension c, String by) {
        CustodyRecordView r = get(c.recordId());
        Instant limit = clocks.detentionLimit(r, Jurisdiction.valueOf(r.jurisdiction()));
        Verdict v = new ExtensionPolicy(clock).check(facts(r), c, limit);
        if (v.allowed()) {
            store.insertExtension(c, by, clock.instant());
            deadlines.extended(r, c.kind() == RecordDetentionExtension.ExtensionKind.WARRANT_OF_FURTHER_DETENTION, by);
        }
        return v;
    }

    @Transactional
    public Verdict startInterview(StartInterview c, String by) {
        Verdict v = new InterviewPolicy(clock).check(facts(get(c.recordId())), c);
        if (v.allowed()) {
            store.insertInterview(c, by, clock.instant());
        }
        return v;
    }

    /** PACE-07 to PACE-11. A refused certificate is kept (who tried which ground, and why it was refused). */
    @Transactional
    public Verdict decideTransfer(DecideTransfer c, String by) {
        CustodyRecordView r = get(c.recordId());
        Verdict v = new TransferPolicy(clock).check(facts(r), c);
        if (v instanceof Verdict.Refused refused) {
            // keep the invalid grounds themselves for oversight, not forms that are merely incomplete
            boolean invalidGround = refused.field().equals("ground") || refused.field().equals("impracticabilityReason");
            if (r.open() && invalidGround && c.ground() != null) {
                store.insertRefusedCertificate(c, refused, by, clock.instant());
                events.publishEvent(new TransferCertificateRefused(r.id(), refused.rule()));
            }
            return v;
        }
        store.insertTransfer(c, by, clock.instant());
        deadlines.charged(r.id());
        return v;
    }

    /** Records the request to the local authority; an answer that needs escalation says so (PACE-10). */
    @Transactional
    public Verdict recordLocalAuthorityRequest(RecordLocalAuthorityRequest c, String by) {
        Verdict v = new LocalAuthorityRequestPolicy(clock).check(facts(get(c.recordId())), c);
        if (v.allowed()) {
            String escalation = LocalAuthorityRequestPolicy.escalation(c.secureRequested(), c.answer()).orElse(null);
            store.insertLaRequest(c, escalation, by, clock.instant());
            if (escalation != null) {
                events.publishEvent(new LocalAuthorityAccommodationEscalated(c.recordId(), c.localAuthority(),
                        c.answer(), escalation));
            }
        }
        return v;
    }

    @Transactional
    public Verdict close(CloseCustodyRecord c, String by) {
        CustodyRecordView r = get(c.recordId());
        Verdict v = new ClosurePolicy(clock).check(facts(r), c);
        if (v.allowed()) {
            store.insertClosure(c, by, clock.instant());
            deadlines.closed(r.id());
            events.publishEvent(new CustodyRecordClosed(r.id(), r.childPersonId(), c.outcome(),
                    c.referralReference() != null && !c.referralReference().isBlank(), c.closedAt()));
        }
        return v;
    }

    /** PACE-11: the warning for a planned breach arrest, kept with the plan. */
    @Transactional
    public Optional<String> planBreachArrest(PlanBreachArrest c, String jurisdiction) {
        Optional<String> w = clocks.breachArrestWarning(c.plannedFor(), Jurisdiction.valueOf(jurisdiction));
        store.insertBreachPlan(c.childId(), c.kind(), c.plannedFor(), c.plannedBy(), w.orElse(null), clock.instant());
        return w;
    }

    public CustodyRecordView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("There is no custody record " + id + "."));
    }

    public List<ClockReading> clocks(CustodyRecordView r) {
        return clocks.readings(r, clock.instant());
    }

    /** How long the child waited for the appropriate adult, and whether that is late against the local threshold. */
    public Optional<AppropriateAdultDelay> appropriateAdultDelay(CustodyRecordView r) {
        if (r.appropriateAdult() == null) {
            return Optional.empty();
        }
        return Optional.of(AppropriateAdultDelay.of(r.appropriateAdult().requestedAt(),
                r.appropriateAdult().arrivedAt(), r.closure() != null ? r.closure().closedAt() : clock.instant(),
                aaLateAfter));
    }

    public Duration appropriateAdultLateAfter() {
        return aaLateAfter;
    }

    /** Children in custody now, longest first, with their clocks. */
    public List<InCustody> inCustodyNow() {
        Instant now = clock.instant();
        return store.openRecordIds().stream().map(store::find).flatMap(Optional::stream)
                .map(r -> new InCustody(r.id(), r.custodyNumber(), r.suite(), r.age(), r.arrivedAt(),
                        Duration.between(r.arrivedAt(), now), clocks.readings(r, now),
                        appropriateAdultDelay(r).orElse(null)))
                .toList();
    }

    /** The dashboard figures over records that arrived from {@code from} until {@code to}; a null bound is open. */
    public CustodyFigures figures(Instant from, Instant to) {
        return CustodyFigures.of(store.summaries(from, to), clock.instant(), aaLateAfter);
    }

    public List<CustodySummary> summaries(Instant from, Instant to) {
        return store.summaries(from, to);
    }

    public String monthlyChart(CustodyFigures f) {
        return MonthlyChart.svg("Children detained each month, by custody suite", f.months(),
                CustodyFigures.SuiteMonth::children, "children");
    }

    public List<Suites.Suite> suites() {
        return suites.all();
    }

    private static CustodyFacts facts(CustodyRecordView r) {
        Instant aaArrived = r.appropriateAdult() == null ? null : r.appropriateAdult().arrivedAt();
        return new CustodyFacts(r.id(), r.sex(), r.age(), r.arrestKind(), r.indictable(), r.violentOrSexual(),
                r.arrivedAt(), r.detentionAuthorisedAt(), aaArrived, r.reviewsDone(), r.detentionLimitHours(),
                r.transfer() != null, r.transfer() == null ? null : r.transfer().ground(), !r.open());
    }
}
