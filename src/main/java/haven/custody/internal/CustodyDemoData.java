package haven.custody.internal;

import haven.custody.AppropriateAdultRole;
import haven.custody.ArrestKind;
import haven.custody.BookInChild;
import haven.custody.CloseCustodyRecord;
import haven.custody.Custody;
import haven.custody.CustodyOutcome;
import haven.custody.DecideTransfer;
import haven.custody.DetentionPlace;
import haven.custody.ImpracticabilityReason;
import haven.custody.LocalAuthorityAnswer;
import haven.custody.Rank;
import haven.custody.RecordAppropriateAdult;
import haven.custody.RecordDetentionPlace;
import haven.custody.RecordLocalAuthorityRequest;
import haven.custody.RecordReview;
import haven.custody.RecordStripSearch;
import haven.custody.RecordYouthAssessment;
import haven.custody.SearchAttendee;
import haven.custody.Sex;
import haven.custody.TransferGround;
import haven.platform.rules.Verdict;
import haven.identity.People;
import haven.identity.PersonRecord;
import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Demo custody records over the last six months in three suites: most children see an appropriate adult within
 * two hours, some wait far longer, some are held in cells, a few are charged and refused bail, a few are in custody
 * now. Everything goes through the {@link Custody} facade, so the demo obeys the same rules as people do.
 */
@Component
class CustodyDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(CustodyDemoData.class);
    private static final String BY = "custody.sergeant";
    private static final List<String> OFFENCES = List.of("Theft from a shop", "Robbery", "Assault occasioning ABH",
            "Possession with intent to supply", "Criminal damage", "Burglary of a dwelling", "Public order offence");
    private static final List<Boolean> VIOLENT = List.of(false, true, true, false, false, false, false);

    private final Custody custody;
    private final People people;
    private final Clock clock;

    CustodyDemoData(Custody custody, People people, Clock clock) {
        this.custody = custody;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(DemoArea area) {
        Random random = area.random();
        int count = "small".equals(area.size()) ? 24 : 80;
        List<Long> children = area.children();
        List<String> suites = custody.suites().stream().map(s -> s.code()).toList();
        Instant now = clock.instant();
        int made = 0;
        for (int i = 0; i < count && i < children.size(); i++) {
            long child = children.get(children.size() - 1 - i);
            boolean inCustodyNow = i < 3;
            Instant arrived = inCustodyNow ? now.minus(Duration.ofMinutes(60 + random.nextInt(600)))
                    : now.minus(Duration.ofHours(72 + random.nextInt(24 * 180)));
            if (one(child, suites.get(i % suites.size()), arrived, inCustodyNow, random)) {
                made++;
            }
        }
        log.info("Demo custody records: {}", made);
    }

    private boolean one(long child, String suite, Instant arrived, boolean stillIn, Random random) {
        LocalDate dob = people.recordsOf(child).stream().map(PersonRecord::dateOfBirth)
                .filter(d -> d != null).findFirst().orElse(null);
        int offence = random.nextInt(OFFENCES.size());
        Sex sex = random.nextInt(5) == 0 ? Sex.FEMALE : Sex.MALE;
        ArrestKind kind = random.nextInt(10) == 0 ? ArrestKind.BREACH_OF_BAIL : ArrestKind.OFFENCE;
        Verdict booked = custody.bookIn(new BookInChild(child, suite, sex, dob, 12 + random.nextInt(6), false, kind,
                kind.isBreach() ? "Curfew condition of court bail" : OFFENCES.get(offence), offence < 6,
                VIOLENT.get(offence), arrived, arrived.plus(Duration.ofMinutes(10 + random.nextInt(30))), "PS 2291"), BY);
        if (!(booked instanceof Verdict.Allowed ok)) {
            return false;
        }
        long id = ok.id();
        Instant asked = arrived.plus(Duration.ofMinutes(15 + random.nextInt(45)));
        Duration wait = random.nextInt(4) == 0 ? Duration.ofMinutes(180 + random.nextInt(480))
                : Duration.ofMinutes(30 + random.nextInt(80));
        Instant aaArrived = asked.plus(wait);
        boolean aaHere = !stillIn || aaArrived.isBefore(clock.instant());
        custody.recordAppropriateAdult(new RecordAppropriateAdult(id, "Appropriate adult", random.nextBoolean()
                ? AppropriateAdultRole.PARENT_OR_GUARDIAN : AppropriateAdultRole.APPROPRIATE_ADULT_SCHEME, false, false,
                false, asked, aaHere ? aaArrived : null, asked, BY), BY);
        boolean cell = random.nextInt(3) == 0;
        custody.recordDetentionPlace(new RecordDetentionPlace(id, cell ? DetentionPlace.CELL : DetentionPlace.DETENTION_ROOM,
                arrived.plus(Duration.ofMinutes(20)), "PS 2291", cell, cell,
                cell ? "Both detention rooms occupied by other children" : null, false,
                sex == Sex.FEMALE ? "PS Anwen Hughes" : null), BY);
        Instant visit = arrived.plus(Duration.ofMinutes(25 + random.nextInt(20)));
        if (visit.isBefore(clock.instant())) {
            custody.recordVisit(new haven.custody.RecordVisit(id, visit, "Detention officer", "Awake and calm"), BY);
        }
        if (random.nextInt(4) != 0) {
            Instant ya = arrived.plus(Duration.ofMinutes(40 + random.nextInt(120)));
            boolean done = !stillIn || ya.plus(Duration.ofMinutes(30)).isBefore(clock.instant());
            custody.recordYouthAssessment(new RecordYouthAssessment(id, ya, done ? ya.plus(Duration.ofMinutes(30)) : null,
                    done ? "Nurse practitioner" : null, done ? "Fit to be detained; attends school part-time" : null,
                    false, BY), BY);
        }
        if (random.nextInt(6) == 0 && aaHere) {
            custody.recordStripSearch(new RecordStripSearch(id, aaArrived.plus(Duration.ofMinutes(5)), "Insp 1102",
                    "Intelligence that drugs are concealed", true, List.of(new SearchAttendee("PC Searcher", sex, false),
                    new SearchAttendee("Appropriate adult", sex, true)), false, null, false, false), BY);
        }
        Instant firstReview = arrived.plus(Duration.ofHours(5));
        if (stillIn && firstReview.isAfter(clock.instant())) {
            return true;
        }
        custody.recordReview(new RecordReview(id, firstReview, "Insp 1102", Rank.INSPECTOR, false,
                "Detention necessary to secure evidence by questioning"), BY);
        if (stillIn) {
            return true;
        }
        boolean charged = !kind.isBreach() && random.nextInt(5) == 0;
        Instant leave = arrived.plus(Duration.ofHours(6 + random.nextInt(12)));
        CustodyOutcome outcome = kind.isBreach() ? CustodyOutcome.HELD_FOR_COURT
                : random.nextBoolean() ? CustodyOutcome.RELEASED_UNDER_INVESTIGATION : CustodyOutcome.BAILED;
        if (charged) {
            Instant chargedAt = arrived.plus(Duration.ofHours(8));
            if (random.nextBoolean()) {
                custody.decideTransfer(new DecideTransfer(id, chargedAt, chargedAt.plusSeconds(600), "PS 2291",
                        TransferGround.IMPRACTICABLE, ImpracticabilityReason.CHILD_BEHAVIOUR, false, false,
                        "Aggressive in custody"), BY); // refused (PACE-08) and kept for oversight
            }
            custody.decideTransfer(new DecideTransfer(id, chargedAt, chargedAt.plusSeconds(600), "PS 2291",
                    TransferGround.TRANSFER, null, false, false, null), BY);
            boolean offered = random.nextInt(3) != 0;
            custody.recordLocalAuthorityRequest(new RecordLocalAuthorityRequest(id, "Ashvale children's services", false,
                    chargedAt.plusSeconds(900), chargedAt.plusSeconds(900 + 3600),
                    offered ? LocalAuthorityAnswer.NON_SECURE_OFFERED : LocalAuthorityAnswer.NO_ACCOMMODATION, BY), BY);
            outcome = offered ? CustodyOutcome.TRANSFERRED_TO_LOCAL_AUTHORITY : CustodyOutcome.HELD_FOR_COURT;
            leave = offered ? chargedAt.plus(Duration.ofHours(3)) : chargedAt.plus(Duration.ofHours(14 + random.nextInt(30)));
        }
        boolean referred = random.nextInt(5) != 0;
        Verdict closed = custody.close(new CloseCustodyRecord(id, leave, BY, outcome,
                referred ? "PPN-" + (100000 + id) : null, referred ? leave.minus(Duration.ofMinutes(20)) : null,
                referred ? null : "Already open to children's services; allocated social worker attended as the appropriate adult"),
                BY);
        return closed.allowed();
    }

}
