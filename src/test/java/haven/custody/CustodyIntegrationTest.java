package haven.custody;

import haven.custody.rules.CustodyFigures;
import haven.platform.rules.Verdict;
import haven.support.Api;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyIntegrationTest extends IntegrationTest {

    @Autowired
    Custody custody;

    @Autowired
    Clock clock;

    @Autowired
    haven.clocks.Clocks clocks;

    private long bookIn(Instant arrived) {
        long child = jdbc.sql("select id from person order by id limit 1").query(Long.class).single();
        Verdict v = custody.bookIn(new BookInChild(child, "NMC-CEN", Sex.MALE, LocalDate.now(clock).minusYears(15),
                null, true, ArrestKind.OFFENCE, "Robbery", true, true, arrived, arrived.plusSeconds(600), "PS 1"),
                "custody.sergeant");
        return ((Verdict.Allowed) v).id();
    }

    @Test
    void dashboardFiguresMatchTheRecordsTheyCount() {
        long id = bookIn(clock.instant().minus(Duration.ofHours(3)));
        custody.recordAppropriateAdult(new RecordAppropriateAdult(id, "Mother", AppropriateAdultRole.PARENT_OR_GUARDIAN,
                false, false, false, clock.instant().minus(Duration.ofHours(2)), null, null, "t"), "t");
        CustodyFigures f = custody.figures(null, null);
        Instant now = clock.instant();

        assertThat(f.children()).isEqualTo(count("select count(*) from custody_record"));
        assertThat(f.inCustodyNow()).isEqualTo(count(
                "select count(*) from custody_record r where not exists (select 1 from custody_closure c where c.record_id = r.id)"));
        assertThat(f.closed()).isEqualTo(count("select count(*) from custody_closure"));
        assertThat(f.referred()).isEqualTo(count("select count(*) from custody_closure where referral_reference is not null"));
        assertThat(f.youthAssessmentsDone()).isEqualTo(count(
                "select count(distinct record_id) from custody_youth_assessment where done_at is not null"));
        assertThat(f.transfersRequested()).isEqualTo(count("select count(distinct record_id) from custody_la_request"));
        assertThat(f.transfersAchieved()).isEqualTo(count(
                "select count(*) from custody_closure where outcome = 'TRANSFERRED_TO_LOCAL_AUTHORITY'"));
        assertThat(f.stripSearches()).isEqualTo(count("select count(distinct record_id) from custody_strip_search"));
        double longest = jdbc.sql("""
                select max(extract(epoch from (coalesce(c.closed_at, :now) - r.arrived_at)) / 3600)
                from custody_record r left join custody_closure c on c.record_id = r.id""")
                .param("now", java.sql.Timestamp.from(now)).query(Double.class).single();
        assertThat(f.longestDetentionHours()).isCloseTo(longest, org.assertj.core.api.Assertions.within(0.05));
        double aaAverage = jdbc.sql("""
                select coalesce(avg(extract(epoch from (a.arrived_at - a.requested_at)) / 60), 0)
                from custody_appropriate_adult a
                where a.id = (select max(b.id) from custody_appropriate_adult b where b.record_id = a.record_id)
                  and a.arrived_at is not null""").query(Double.class).single();
        assertThat(f.averageAaDelayMinutes()).isCloseTo(aaAverage, org.assertj.core.api.Assertions.within(1.0));
        assertThat(f.months().stream().mapToInt(CustodyFigures.SuiteMonth::children).sum()).isEqualTo(f.children());
        assertThat(f.children()).as("the demo area has custody records").isGreaterThan(10);
    }

    @Test
    void keepsEveryVersionOfTheAppropriateAdultEntry() {
        long id = bookIn(clock.instant().minus(Duration.ofHours(9)));
        Instant asked = clock.instant().minus(Duration.ofHours(8));
        custody.recordAppropriateAdult(new RecordAppropriateAdult(id, "Mother", AppropriateAdultRole.PARENT_OR_GUARDIAN,
                false, false, false, asked, null, null, "t"), "t");
        custody.recordAppropriateAdult(new RecordAppropriateAdult(id, "Mother", AppropriateAdultRole.PARENT_OR_GUARDIAN,
                false, false, false, asked, asked.plus(Duration.ofHours(7)), null, "t"), "t");
        assertThat(count("select count(*) from custody_appropriate_adult where record_id = " + id)).isEqualTo(2);
        assertThat(custody.visitDue(custody.get(id))).isTrue(); // PACE-14: nobody has visited in 9 hours
        custody.recordVisit(new RecordVisit(id, clock.instant().minusSeconds(60), "PC 5", "Awake, talking"), "t");
        assertThat(custody.visitDue(custody.get(id))).isFalse();
        assertThat(custody.appropriateAdultDelay(custody.get(id)).orElseThrow().late()).isTrue();
    }

    @Test
    void refusesAnInvalidTransferCertificateThroughTheApiAndKeepsTheAttempt() {
        long id = bookIn(clock.instant().minus(Duration.ofHours(10)));
        Instant charged = clock.instant().minus(Duration.ofHours(1));
        var api = Api.asUser(port, "custody.sergeant");
        var response = api.post("/api/v1/custody/records/" + id + "/transfer-decision", """
                {"chargedAt":"%s","bailRefusedAt":"%s","decidedBy":"PS 1","ground":"IMPRACTICABLE",
                 "impracticabilityReason":"NO_SECURE_BED","explanation":"no secure bed"}"""
                .formatted(charged, charged.plusSeconds(60)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("PACE-08").contains("impracticabilityReason");
        assertThat(count("select count(*) from custody_refused_certificate where record_id = " + id)).isEqualTo(1);
        assertThat(custody.get(id).transfer()).isNull();
    }

    @Test
    void refusesToCloseWithoutAReferralOrAReasonAndThenClosesWithOne() {
        long id = bookIn(clock.instant().minus(Duration.ofHours(4)));
        Instant left = clock.instant().minus(Duration.ofMinutes(5));
        assertThat(clocks.forSubject("custody-record", String.valueOf(id)))
                .filteredOn(haven.clocks.DeadlineView::isOpen).extracting(d -> d.rule().code())
                .containsExactlyInAnyOrder("PACE-06", "PACE-05");
        Verdict refused = custody.close(new CloseCustodyRecord(id, left, "t", CustodyOutcome.BAILED, null, null, null), "t");
        assertThat(refused).isInstanceOf(Verdict.Refused.class);
        assertThat(count("select count(*) from custody_closure where record_id = " + id)).isZero();
        assertThat(custody.close(new CloseCustodyRecord(id, left, "t", CustodyOutcome.BAILED, "PPN-77",
                left.minusSeconds(60), null), "t").allowed()).isTrue();
        assertThat(custody.get(id).closure().referralReference()).isEqualTo("PPN-77");
        assertThat(clocks.forSubject("custody-record", String.valueOf(id))).noneMatch(haven.clocks.DeadlineView::isOpen);
    }

    @Test
    void answersTheApiWithProblemDocumentsNotServerErrors() {
        var api = Api.asUser(port, "custody.sergeant");
        assertThat(api.get("/api/v1/custody/records/999999").statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/custody/records", "{\"childId\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/custody/records", "{\"childId\": 1}").statusCode()).isEqualTo(422);
        assertThat(api.get("/api/v1/custody/figures").statusCode()).isEqualTo(200);
    }

    @Test
    void extendsDetentionTo36HoursOnlyAfterTheSecondReviewAndMovesTheLimitOnTheRegister() { // PACE-05, PACE-06
        Instant arrived = clock.instant().minus(Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long id = bookIn(arrived);
        var extension = new RecordDetentionExtension(id, RecordDetentionExtension.ExtensionKind.SUPERINTENDENT,
                clock.instant().minus(Duration.ofHours(1)), "Supt 40", Rank.SUPERINTENDENT, 36, "Further interview");
        assertThat(custody.recordExtension(extension, "custody.inspector")).isInstanceOf(Verdict.Refused.class);
        custody.recordReview(new RecordReview(id, arrived.plus(Duration.ofHours(5)), "Insp 2", Rank.INSPECTOR, false,
                "Securing evidence"), "custody.inspector");
        custody.recordReview(new RecordReview(id, arrived.plus(Duration.ofHours(14)), "Insp 2", Rank.INSPECTOR, false,
                "Interview pending"), "custody.inspector");
        assertThat(custody.recordExtension(extension, "custody.inspector").allowed()).isTrue();
        assertThat(custody.clocks(custody.get(id))).filteredOn(c -> c.rule().equals("PACE-06"))
                .extracting(ClockReading::due).containsExactly(arrived.plus(Duration.ofHours(36)));
        assertThat(clocks.forSubject("custody-record", String.valueOf(id)))
                .filteredOn(d -> d.isOpen() && d.rule().code().equals("PACE-06"))
                .extracting(haven.clocks.DeadlineView::milestone).containsExactly("extended");
    }

    @Test
    void publishesTheCustodyAndProtectionApiInTheOpenApiDocument() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/custody/records/{id}/transfer-decision")
                .contains("/api/v1/custody/figures").contains("/api/v1/protection/register")
                .contains("/api/v1/protection/cases");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
