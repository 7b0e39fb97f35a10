package haven.intake;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.identity.People;
import haven.support.Api;
import haven.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Extracts import row by row: bad rows are reported with the field, good rows land, and a repeat changes nothing. */
class IntakeIntegrationTest extends IntegrationTest {
    @Autowired
    Intake intake;
    @Autowired
    Users users;
    @Autowired
    People people;

    private static final String HEADER = "source_system,source_id,given_names,family_name,date_of_birth,sex,nhs_number,"
            + "lawful_basis,address_line,town,postcode,area_code\n";

    private ImportReport importCsv(String name, String csv) {
        long agency = users.agency("NHS-NMT").orElseThrow().id();
        return intake.importFile(agency, name, "csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test",
                rows -> { });
    }

    @Test
    void reportsEachBadRowWithItsFieldAndStoresTheGoodOnes() {
        String csv = HEADER
                + "IntakeTest,A1,Poppy,Intakeson,2014-03-02,F,9434765919,Health and Social Care Act 2012 s251B,3 Mill Lane,Ashvale,NV1 2AB,LA-ASH\n"
                + "IntakeTest,A2,,Intakeson,2014-03-02,F,,consent,,,,\n"
                + "IntakeTest,A3,Jack,Intakeson,31/02/2014,M,,consent,,,,\n"
                + "IntakeTest,A4,Ivy,Intakeson,2016-01-01,X,1234567890,consent,,,,\n"
                + "IntakeTest,A5,Leo,Intakeson,2015-05-05,M,,consent,4 Mill Lane,Ashvale,not a postcode,LA-ASH\n"
                + "IntakeTest,A1,Poppy,Intakeson,2014-03-02,F,,consent,,,,\n"
                + "IntakeTest,A6,Too,Many,2015-05-05,M,,consent,,,,,extra\n";
        var report = importCsv("malformed.csv", csv);
        assertThat(report.total()).isEqualTo(7);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(6);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::row, ImportReport.Rejection::field)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "given_names"),
                        org.assertj.core.groups.Tuple.tuple(4, "date_of_birth"),
                        org.assertj.core.groups.Tuple.tuple(5, "sex"),
                        org.assertj.core.groups.Tuple.tuple(6, "postcode"),
                        org.assertj.core.groups.Tuple.tuple(7, "source_id"),
                        org.assertj.core.groups.Tuple.tuple(8, "row"));
        long stored = jdbc.sql("select count(*) from person_record where source_system = 'IntakeTest'").query(Long.class).single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void aRowTheDatabaseRefusesIsReportedAloneAndNeitherHalfOfItIsStored() {
        var csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 9; i++) {
            // row 6 names an area Haven does not know, which only the database can tell
            csv.append("Refused,R").append(i).append(",Mia,Refusedale,2014-03-02,F,,consent,").append(i)
                    .append(" Refusal Road,Ashvale,NV1 2AB,").append(i == 5 ? "LA-NOWHERE" : "LA-ASH").append('\n');
        }
        var report = importCsv("refused.csv", csv.toString());
        assertThat(report.created()).isEqualTo(8);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::row, ImportReport.Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "row"));
        assertThat(count("person_record where source_system = 'Refused'")).isEqualTo(8);
        assertThat(count("person_record where source_system = 'Refused' and source_id = 'R5'")).isZero();
        assertThat(count("link k join person_record r on r.id = k.from_record where r.source_system = 'Refused'")).isEqualTo(8);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        String csv = HEADER
                + "Twice,T1,Amelia,Twiceworth,2012-07-01,F,,consent,9 Weavers Row,Brackenford,NV2 3CD,LA-BRK\n"
                + "Twice,T2,Oscar,Twiceworth,2010-02-11,M,,consent,9 Weavers Row,Brackenford,NV2 3CD,LA-BRK\n";
        var first = importCsv("twice.csv", csv);
        assertThat(first.created()).isEqualTo(2);
        long records = count("person_record"), versions = count("person_record_version"), links = count("link"),
                locations = count("location"), persons = count("person");
        var second = importCsv("twice.csv", csv);
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.created() + second.updated() + second.rejected()).isZero();
        assertThat(count("person_record")).isEqualTo(records);
        assertThat(count("person_record_version")).isEqualTo(versions);
        assertThat(count("link")).isEqualTo(links);
        assertThat(count("location")).isEqualTo(locations);
        assertThat(count("person")).isEqualTo(persons);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneIsKept() {
        importCsv("v1.csv", HEADER + "Versions,V1,Evie,Versionsmith,2013-01-01,F,,consent,,,,\n");
        var report = importCsv("v2.csv", HEADER + "Versions,V1,Evie,Versionsmyth,2013-01-01,F,,consent,,,,\n");
        assertThat(report.updated()).isEqualTo(1);
        long person = jdbc.sql("select person_id from person_record where source_system = 'Versions'")
                .query(Long.class).single();
        var versions = people.versionsOf(person);
        assertThat(versions).extracting(v -> v.version() + " " + v.data().replaceAll(".*\"family_name\": \"(\\w+)\".*", "$1")
                        + " (" + v.reason() + ")")
                .containsExactly("1 Versionsmith (imported from v1.csv)", "2 Versionsmyth (imported from v2.csv)");
        assertThat(jdbc.sql("""
                select v.data->>'family_name' from person_record_version v join person_record r on r.id = v.record_id
                where r.source_system = 'Versions'""").query(String.class).list())
                .as("the history keeps the superseded version; the current one is the record itself")
                .containsExactly("Versionsmith");
    }

    @Test
    void twoImportsMovingTheSameRecordsAtOnceGiveEachOneHomeAndRefuseNoRow() throws Exception {
        var before = new StringBuilder(HEADER);
        var after = new StringBuilder(HEADER);
        for (int i = 1; i <= 300; i++) {
            String row = "Movers,M" + i + ",Ada,Moverton" + i + ",2012-07-01,F,,consent,";
            before.append(row).append(i).append(" Old Street,Ashvale,NV1 2AB,LA-ASH\n");
            after.append(row).append(i).append(" New Street,Ashvale,NV1 3CD,LA-ASH\n");
            // neighbours already at the new addresses, so that neither import below waits for the other to add them
            before.append("Neighbours,N").append(i).append(",Bea,Neighbour").append(i).append(",2011-01-01,F,,consent,")
                    .append(i).append(" New Street,Ashvale,NV1 3CD,LA-ASH\n");
        }
        importCsv("before.csv", before.toString());
        // both find the records unchanged and no home at the new address; one inserts the homes first, and the
        // other's insert is refused by the unique key and stored again in halves, which find those homes
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<ImportReport> move = () -> {
                start.await();
                return importCsv("after.csv", after.toString());
            };
            var first = pool.submit(move);
            var second = pool.submit(move);
            start.countDown();
            for (var report : List.of(first.get(), second.get())) {
                assertThat(report.rejections()).isEmpty();
                assertThat(report.unchanged()).isEqualTo(300);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("""
                link k join person_record r on r.id = k.from_record
                join location l on l.id = k.to_location
                where r.source_system = 'Movers' and k.ended_at is null and l.address_line like '% New Street'"""))
                .as("one current home each, at the new address").isEqualTo(300);
        assertThat(count("link k join person_record r on r.id = k.from_record where r.source_system = 'Movers'"))
                .as("and the old home of each, ended").isEqualTo(600);
    }

    @Test
    void aNewRecordWithTheNhsNumberOfAStoredOneJoinsItsPersonHoweverTheNumberIsSpaced() {
        importCsv("gp.csv", HEADER + "Surgery,S1,Nell,Numberley,2015-04-04,F,4010232137,consent,,,,\n");
        // more rows than are matched as they arrive, so that only the shared identifier can join them
        var school = new StringBuilder(HEADER).append("School,S1,Nellie,Numberley,2015-04-04,F,401 023 2137,consent,,,,\n")
                .append("School,S2,Nell,Numberley,2015-04-04,F,,consent,,,,\n");
        for (int i = 3; i <= People.INCREMENTAL_MATCH_LIMIT + 1; i++) {
            school.append("School,S").append(i).append(",Pupil,Schoolroll").append(i).append(",2015-01-01,M,,consent,,,,\n");
        }
        assertThat(importCsv("school.csv", school.toString()).created()).isEqualTo(People.INCREMENTAL_MATCH_LIMIT + 1);
        var persons = jdbc.sql("""
                select source_system || '/' || source_id, person_id from person_record
                where source_system in ('Surgery', 'School') and family_name = 'Numberley'""")
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
        assertThat(persons.get("School/S1")).isEqualTo(persons.get("Surgery/S1"));
        assertThat(persons.get("School/S2")).as("no identifier: a person of its own until a re-link")
                .isNotEqualTo(persons.get("Surgery/S1"));
    }

    @Test
    void importsAJsonExtractAndReportsAnEntryThatIsNotAnObject() {
        String json = """
                [{"source_system":"JsonTest","source_id":"J1","given_names":"Freya","family_name":"Jsonby","lawful_basis":"consent"},
                 42,
                 {"source_system":"JsonTest","source_id":"J2","family_name":"Jsonby","lawful_basis":"consent"}]""";
        long agency = users.agency("NHS-NMT").orElseThrow().id();
        var report = intake.importFile(agency, "x.json", "json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test", rows -> { });
        assertThat(report.created()).as(report.rejections().toString()).isEqualTo(1);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::row).containsExactly(2, 3);
    }

    @Test
    void aBrokenJsonFileGivesAReportNotAServerError() {
        var response = Api.withToken(port, API_TOKEN).postBody("/api/v1/imports?format=json",
                "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"broken.json\"\r\nContent-Type: application/json\r\n\r\n"
                        + "[{\"source_system\": \"x\", \r\n--XYZ--\r\n");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"rejected\":1").contains("could not be read");
    }

    @Test
    void theApiRefusesABadRecordNamingEachField() {
        var response = Api.withToken(port, API_TOKEN).post("/api/v1/records",
                "{\"source_system\":\"Niche\",\"source_id\":\"API-1\",\"family_name\":\"Apiwell\",\"date_of_birth\":\"2040-01-01\"}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("given_names").contains("lawful_basis").contains("date_of_birth");
        assertThat(count("person_record where source_id = 'API-1'")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
