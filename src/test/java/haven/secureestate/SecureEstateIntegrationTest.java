package haven.secureestate;

import haven.secureestate.estate.Establishment;
import haven.secureestate.force.RestraintReason;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.oversight.OversightService;
import haven.support.Api;
import haven.support.IntegrationTest;
import haven.workforce.Workforce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SecureEstateIntegrationTest extends IntegrationTest {

    @Autowired
    SecureEstate estate;
    @Autowired
    Workforce workforce;
    @Autowired
    OversightService oversight;
    @Autowired
    Clock clock;
    @Autowired
    haven.clocks.Clocks clocks;

    private Establishment hollins() {
        return estate.establishmentOfAgency("STC-HOLLINS").orElseThrow();
    }

    private String useOfForceJson(long child, List<UUID> staff, Instant start, Instant end, String techniques, String justification) {
        return """
                {"childPersonId": %d, "location": "Cedar unit", "startedAt": "%s", "endedAt": "%s",
                 "staffIds": ["%s", "%s"], "reason": "PREVENT_HARM_TO_OTHERS",
                 "deEscalation": "Spoke with him for ten minutes", "techniqueCodes": [%s]%s}"""
                .formatted(child, start, end, staff.get(0), staff.get(1), techniques,
                        justification == null ? "" : ", \"immediateRiskJustification\": \"" + justification + "\"");
    }

    @Test
    void refusesAPainInducingTechniqueWithoutRecordedJustificationAndSavesNothing() { // SE-01
        Establishment e = hollins();
        long child = estate.currentPlacements(e.id()).get(1).childPersonId();
        List<UUID> staff = workforce.staff(e.id()).stream().skip(4).limit(2).map(s -> s.id()).toList();
        Instant start = clock.instant().minus(Duration.ofHours(1));
        int before = estate.usesOfForce(e.id(), start.minusSeconds(1), start.plusSeconds(1)).size();

        var refused = Api.asUser(port, "secure.staff").post("/api/v1/secure-estate/establishments/" + e.id() + "/uses-of-force",
                useOfForceJson(child, staff, start, start.plus(Duration.ofMinutes(4)), "\"STANDING_HOLD\", \"WRIST_FLEXION\"", null));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("immediateRiskJustification").contains("SE-01");
        assertThat(estate.usesOfForce(e.id(), start.minusSeconds(1), start.plusSeconds(1))).hasSize(before);

        var allowed = Api.asUser(port, "secure.staff").post("/api/v1/secure-estate/establishments/" + e.id() + "/uses-of-force",
                useOfForceJson(child, staff, start, start.plus(Duration.ofMinutes(4)), "\"STANDING_HOLD\", \"WRIST_FLEXION\"",
                        "He had a staff member by the throat against the wall"));
        assertThat(allowed.statusCode()).isEqualTo(201);
    }

    @Test
    void refusesAPainInducingTechniqueInASecureChildrensHome() { // SE-02
        Establishment fernside = estate.establishmentOfAgency("SCH-FERNSIDE").orElseThrow();
        long child = estate.currentPlacements(fernside.id()).get(0).childPersonId();
        List<UUID> staff = workforce.staff(fernside.id()).stream().skip(4).limit(2).map(s -> s.id()).toList();
        Instant start = clock.instant().minus(Duration.ofHours(3));
        Outcome o = estate.recordUseOfForce(new UseOfForce(null, fernside.id(), child, "Lounge", start, start.plusSeconds(300),
                staff, RestraintReason.PREVENT_HARM_TO_OTHERS, "Talked", List.of("THUMB_FLEXION"), "Risk to staff", null,
                null, null, null), false, "test");
        assertThat(o).isEqualTo(new Outcome.Refused("SE-02", "techniqueCodes",
                "Pain-inducing techniques are never allowed in a children's home"));
    }

    @Test
    void namesTheFieldsOfAUseOfForceThatEndsBeforeItStartsOrUsesAnUnknownTechnique() {
        Establishment e = hollins();
        long child = estate.currentPlacements(e.id()).get(0).childPersonId();
        List<UUID> staff = workforce.staff(e.id()).stream().skip(4).limit(2).map(s -> s.id()).toList();
        Instant start = clock.instant().minus(Duration.ofHours(1));
        var bad = Api.asUser(port, "secure.staff").post("/api/v1/secure-estate/establishments/" + e.id() + "/uses-of-force",
                useOfForceJson(child, staff, start, start.minus(Duration.ofMinutes(4)), "\"CHOKE_HOLD\"", null));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"endedAt\"").contains("\"techniqueCodes\"").contains("CHOKE_HOLD");

        var unreadable = Api.asUser(port, "secure.staff").post("/api/v1/secure-estate/establishments/" + e.id() + "/uses-of-force",
                "{\"startedAt\": \"yesterday\"}");
        assertThat(unreadable.statusCode()).as("bad input is a 400, never a 500").isEqualTo(400);
    }

    @Test
    void anObservationOutsideTheSeparationIsRejected() {
        Establishment e = hollins();
        long child = estate.currentPlacements(e.id()).get(2).childPersonId();
        UUID manager = workforce.staff(e.id()).get(0).id();
        Instant start = clock.instant().minus(Duration.ofHours(5));
        var r = Api.asUser(port, "secure.manager").post("/api/v1/secure-estate/establishments/" + e.id() + "/separations", """
                {"childPersonId": %d, "startedAt": "%s", "endedAt": "%s", "reason": "Assault on a peer",
                 "otherMethodsTried": "Talking", "authorisedBy": "%s",
                 "observations": [{"at": "%s", "staffId": "%s", "note": "calm"}]}"""
                .formatted(child, start, start.plus(Duration.ofHours(1)), manager, start.plus(Duration.ofHours(2)), manager));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("observations");
    }

    @Test
    void refusesAStaffStartBeforeClearanceWithoutBarredListCheckOrSupervision() { // REC-01
        var r = Api.asUser(port, "secure.manager").post("/api/v1/workforce/staff", """
                {"establishmentId": "%s", "displayName": "New Officer", "role": "Residential officer",
                 "regulatedActivity": true, "monthsExperienceWithChildren": 0, "enhancedDbs": "PENDING",
                 "separateBarredListCheck": "NOT_REQUESTED", "startDate": "2026-12-07"}""".formatted(hollins().id()));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("REC-01").contains("separateBarredListCheck");
    }

    @Test
    void refusesABarredListCheckForARoleOutsideRegulatedActivity() { // REC-02
        var r = Api.asUser(port, "secure.manager").post("/api/v1/workforce/staff", """
                {"establishmentId": "%s", "displayName": "Payroll Clerk", "role": "Payroll",
                 "regulatedActivity": false, "monthsExperienceWithChildren": 0, "enhancedDbs": "NOT_REQUESTED",
                 "separateBarredListCheck": "PENDING"}""".formatted(hollins().id()));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("REC-02");
    }

    @Test
    void whistleblowingConcernsAreAnonymousAndVisibleOnlyToNamedRoles() {
        var raised = Api.asUser(port, "secure.staff").post("/api/v1/workforce/whistleblowing",
                "{\"concern\": \"Night staff lock children in classrooms at lunch\"}");
        assertThat(raised.statusCode()).isEqualTo(200);
        String reference = raised.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        assertThat(reference).startsWith("WB-");
        assertThat(jdbc.sql("select count(*) from wf_whistleblowing_report where concern like '%classrooms at lunch%' and reference_hash <> :r")
                .param("r", reference).query(Integer.class).single()).isEqualTo(1);

        assertThat(Api.asUser(port, "secure.manager").get("/api/v1/workforce/whistleblowing/concerns").statusCode()).isEqualTo(403);
        assertThat(Api.asUser(port, "lado").get("/api/v1/workforce/whistleblowing/concerns").body()).contains("classrooms at lunch");
        assertThat(Api.asUser(port, "secure.staff").post("/api/v1/workforce/whistleblowing/follow-up",
                "{\"reference\": \"" + reference.toLowerCase() + "\"}").body()).contains("classrooms at lunch");
    }

    @Test
    void theNationalMonitorGetsTheNationalReportAsCsvAndPdf() throws Exception {
        var csv = Api.asUser(port, "national.monitor").get("/api/v1/secure-estate/national-report.csv?months=2");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("establishment,type,month").contains("Hollins Park Secure Training Centre");
        assertThat(Api.asUser(port, "secure.staff").get("/api/v1/secure-estate/national-report.csv").statusCode()).isEqualTo(403);
        var pdfHttp = Api.asUser(port, "national.monitor").get("/api/v1/secure-estate/national-report.pdf?months=2");
        assertThat(pdfHttp.statusCode()).isEqualTo(200);
        assertThat(pdfHttp.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

        byte[] pdf = oversight.nationalPdf(2, true);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Path out = Path.of("target", "national-report");
        Files.createDirectories(out);
        Files.write(out.resolve("national-report-demo.pdf"), pdf);
    }

    @Test
    void theDeterioratingCentreShowsUrgentSignalsOnItsDashboard() {
        var d = Api.asUser(port, "secure.manager").get("/api/v1/secure-estate/establishments/" + hollins().id() + "/dashboard?weeks=4");
        assertThat(d.statusCode()).isEqualTo(200);
        assertThat(d.body()).contains("URGENT");
        assertThat(jdbc.sql("select count(*) from se_alert where rule_id = 'SE-08' and for_role = 'NATIONAL_MONITOR' and establishment_id = :e")
                .param("e", hollins().id()).query(Integer.class).single()).as("SE-08 alerts the monitor").isPositive();
        assertThat(Api.asUser(port, "home.manager").get("/api/v1/secure-estate/establishments/" + hollins().id() + "/dashboard")
                .statusCode()).as("another establishment's staff").isEqualTo(403);
    }

    @Test
    void putsTheManagersSignOffAndTheChildsAccountOnTheClocksRegisterAndMeetsThem() { // SE-03
        Establishment e = hollins();
        long child = estate.currentPlacements(e.id()).get(4).childPersonId();
        List<UUID> staff = workforce.staff(e.id()).stream().skip(6).limit(2).map(s -> s.id()).toList();
        Instant start = clock.instant().minus(Duration.ofMinutes(30));
        Outcome o = estate.recordUseOfForce(new UseOfForce(null, e.id(), child, "Dining room", start, start.plusSeconds(240),
                staff, RestraintReason.PREVENT_HARM_TO_CHILD, "Offered quiet time", List.of("SEATED_HOLD"), null, null,
                null, null, null), false, "secure.staff");
        String id = ((Outcome.Recorded) o).id().toString();
        var deadlines = clocks.forSubject("use-of-force", id);
        assertThat(deadlines).extracting(d -> d.milestone()).containsExactlyInAnyOrder("manager", "child");
        assertThat(deadlines).allMatch(d -> d.isOpen());

        assertThat(estate.recordManagerReview(UUID.fromString(id), "Spoke to both officers", "secure.manager"))
                .isInstanceOf(Outcome.Recorded.class);
        assertThat(clocks.forSubject("use-of-force", id)).filteredOn(d -> "manager".equals(d.milestone()))
                .allMatch(d -> !d.isOpen() && Boolean.FALSE.equals(d.late()));
    }

    @Test
    void anAllegationGoesOnTheClocksRegisterUntilItIsReferredToTheLado() { // AL-01
        UUID staffId = workforce.staff(hollins().id()).get(7).id();
        var r = Api.asUser(port, "secure.manager").post("/api/v1/workforce/allegations", """
                {"staffId": "%s", "establishmentId": "%s", "receivedAt": "%s", "category": "HARMED_A_CHILD",
                 "summary": "Child says an officer bent his wrist back after the restraint had ended"}"""
                .formatted(staffId, hollins().id(), clock.instant().minus(Duration.ofHours(1))));
        assertThat(r.statusCode()).isEqualTo(201);
        String id = r.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(clocks.forSubject("allegation", id)).singleElement().matches(d -> d.isOpen());

        var referred = Api.asUser(port, "secure.manager").post("/api/v1/workforce/allegations/" + id + "/lado-referral",
                "{\"referredAt\": \"" + clock.instant() + "\", \"ladoReference\": \"LADO-9001\"}");
        assertThat(referred.statusCode()).isEqualTo(201);
        assertThat(clocks.forSubject("allegation", id)).singleElement().matches(d -> !d.isOpen());
    }
}
