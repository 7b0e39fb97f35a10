package haven.protection;

import haven.platform.rules.Verdict;
import haven.support.Api;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectionIntegrationTest extends IntegrationTest {

    @Autowired
    Protection protection;

    @Autowired
    Clock clock;

    @Autowired
    haven.clocks.Clocks clocks;

    private long child() {
        return jdbc.sql("select id from person order by id limit 1").query(Long.class).single();
    }

    @Test
    void opensEveryDutyAndTheSection47TaskWhenAChildIsTakenToAPoliceStation() { // PP-03, PP-04, PP-08
        Instant taken = clock.instant().minus(Duration.ofHours(3));
        Verdict v = protection.takeIntoPoliceProtection(new TakeIntoPoliceProtection(child(), "PC 9", taken, "street",
                "found alone at night, aged 6", ProtectionPower.REMOVED_TO_ACCOMMODATION, PlaceOfSafety.POLICE_STATION,
                "no placement until morning", "Ashvale", "Brackenford"), "ENGLAND", "police.sergeant");
        long id = ((Verdict.Allowed) v).id();
        ProtectionCaseView c = protection.get(id);
        assertThat(c.tasks()).extracting(ProtectionCaseView.Task::duty).contains(NotificationDuty.S47_ENQUIRY,
                NotificationDuty.MOVE_TO_LA_ACCOMMODATION, NotificationDuty.INFORM_LA_WHERE_LIVES);
        assertThat(protection.clocks(c)).filteredOn(r -> r.rule().equals("PP-03")).allMatch(ClockReading::overdue);
        assertThat(clocks.forSubject("police-protection", String.valueOf(id))).extracting(d -> d.rule().code())
                .contains("PP-02");
        assertThat(c.tasks()).allMatch(t -> t.deadlineId() != null);
        assertThat(protection.register(500).policeStationUses()).isEqualTo(jdbc.sql("""
                select count(distinct case_id) from protection_place where place = 'POLICE_STATION'
                and case_id in (select id from protection_case order by taken_at desc limit 500)""")
                .query(Long.class).single());
    }

    @Test
    void registerFiguresMatchTheCasesTheyCount() {
        ProtectionRegister reg = protection.register(100_000);
        assertThat(reg.open()).hasSize(jdbc.sql("""
                select count(*) from protection_case p where not exists (select 1 from protection_end e where e.case_id = p.id)""")
                .query(Integer.class).single());
        assertThat(reg.recent()).hasSize(jdbc.sql("select count(*) from protection_case").query(Integer.class).single());
        assertThat(reg.withoutDesignatedOfficer()).isEqualTo(jdbc.sql("""
                select count(*) from protection_case p
                where not exists (select 1 from protection_designated_officer d where d.case_id = p.id)""")
                .query(Long.class).single());
        assertThat(reg.byPlace().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(reg.recent().size());
        assertThat(reg.recent()).as("the demo area has police protection cases").hasSizeGreaterThan(5);
    }

    @Test
    void refusesAPoliceStationWithoutAnExceptionalReasonAndWritesNothing() { // PP-03
        long before = jdbc.sql("select count(*) from protection_case").query(Long.class).single();
        Verdict v = protection.takeIntoPoliceProtection(new TakeIntoPoliceProtection(child(), "PC 9",
                clock.instant().minusSeconds(600), "street", "harm", ProtectionPower.REMOVED_TO_ACCOMMODATION,
                PlaceOfSafety.POLICE_STATION, " ", "Ashvale", "Ashvale"), "ENGLAND", "police.sergeant");
        assertThat(v).isInstanceOf(Verdict.Refused.class);
        assertThat(jdbc.sql("select count(*) from protection_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void servesTheRegisterAndCasesThroughTheApi() {
        var api = Api.asUser(port, "police.sergeant");
        assertThat(api.get("/api/v1/protection/register").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/protection/cases/999999").statusCode()).isEqualTo(404);
        var created = api.post("/api/v1/protection/cases", """
                {"childId": %d, "takenBy": "PC 9", "takenAt": "%s", "whereFound": "park", "grounds": "harm",
                 "power": "REMOVED_TO_ACCOMMODATION", "placeOfSafety": "POLICE_STATION",
                 "laWhereFound": "Ashvale", "laWhereLives": "Ashvale"}"""
                .formatted(child(), clock.instant().minusSeconds(60)));
        assertThat(created.statusCode()).isEqualTo(422);
        assertThat(created.body()).contains("exceptionalReason").contains("PP-03");
    }

    @Test
    void releasesThroughTheApiOnlyAfterTheDesignatedOfficerDecidedToRelease() { // PP-05
        Instant taken = clock.instant().minus(Duration.ofHours(5));
        long id = ((Verdict.Allowed) protection.takeIntoPoliceProtection(new TakeIntoPoliceProtection(child(), "PC 9",
                taken, "home", "parent intoxicated", ProtectionPower.REMOVED_TO_ACCOMMODATION, PlaceOfSafety.RELATIVE,
                null, "Ashvale", "Ashvale"), "ENGLAND", "police.sergeant")).id();
        var api = Api.asUser(port, "police.sergeant");
        String base = "/api/v1/protection/cases/" + id;
        String end = """
                {"kind": "RELEASED", "endedAt": "%s", "endedBy": "Insp 7", "releasedTo": "grandmother"}"""
                .formatted(clock.instant().minusSeconds(60));
        assertThat(api.post(base + "/end", end).body()).contains("designatedOfficer");
        assertThat(api.post(base + "/designated-officer", """
                {"officerId": "Insp 7", "officerName": "Insp Evans", "namedAt": "%s"}"""
                .formatted(taken.plusSeconds(600))).statusCode()).isEqualTo(204);
        assertThat(api.post(base + "/end", end).body()).contains("PP-05");
        assertThat(api.post(base + "/decisions", """
                {"decidedBy": "Insp 7", "decidedAt": "%s", "inquiry": "spoke to grandmother and LA",
                 "outcome": "RELEASE", "reasons": "grandmother can care for the child"}"""
                .formatted(taken.plusSeconds(3600))).statusCode()).isEqualTo(204);
        assertThat(api.post(base + "/end", end).statusCode()).isEqualTo(204);
        assertThat(protection.get(id).end().releasedTo()).isEqualTo("grandmother");
        assertThat(clocks.forSubject("police-protection", String.valueOf(id))).noneMatch(haven.clocks.DeadlineView::isOpen);
    }
}
