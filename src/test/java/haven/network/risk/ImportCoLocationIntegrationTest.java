package haven.network.risk;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.platform.demo.DemoArea;
import haven.support.Api;
import haven.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "must show": importing an agency extract whose row places a registered sex
 * offender at the address where a child lives raises the co-location alert within seconds,
 * addressed to his offender manager and the child's social worker.
 */
class ImportCoLocationIntegrationTest extends IntegrationTest {
    @Autowired People people;
    @Autowired Network network;
    @Autowired Flags flags;
    @Autowired Users users;
    @Autowired AccessPolicy access;

    @Test
    void importingAnExtractThatPlacesAFlaggedAdultInAChildsHomeRaisesTheAlertWithinSeconds() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long police = users.agency(DemoArea.POLICE).orElseThrow().id();
        long ashvale = users.agency("LA-ASH").orElseThrow().id();
        String pnc = "88/" + String.format("%06d", Math.abs(run.hashCode()) % 1_000_000) + "Z";
        var offender = people.register(new PersonRecordDraft(police, "ViSOR", "VS-" + run, "Gary", "Renwick", List.of(),
                LocalDate.now().minusYears(52), Sex.MALE, null, pnc, null, null, null, null, false, SmallGraph.BASIS), "test", "test");
        flags.raise(new FlagDraft(offender.personId(), null, FlagType.REGISTERED_SEX_OFFENDER, "Registered sex offender.", police,
                "Public protection unit", null, null, false), "test");
        access.involve(users.byUsername("offender.manager").orElseThrow().id(), offender.personId(), "Offender manager");
        var child = people.register(new PersonRecordDraft(ashvale, "Mosaic", "C-" + run, "Amber", "Lowe", List.of(),
                LocalDate.now().minusYears(4), Sex.FEMALE, null, null, null, null, null, null, false, SmallGraph.BASIS), "test", "test");
        access.involve(users.byUsername("social.worker").orElseThrow().id(), child.personId(), "Allocated social worker");
        String street = run + " Larch Grove";
        long home = network.locate(new LocationDraft(street, "Ashvale", "NV1 2CD", null, null, "LA-ASH"), "test");
        network.linkAll(List.of(new haven.network.LinkDraft(new haven.network.Source(ashvale, "Mosaic", "C-" + run + "-home",
                SmallGraph.BASIS, "test"), "LIVES_AT", child.recordId(), null, home, null, LocalDate.now().minusYears(1), null)));

        // The police records system sends its nightly extract: a stop-check put him at the child's address.
        String csv = "source_system,source_id,given_names,family_name,date_of_birth,sex,pnc_id,lawful_basis,address_line,town,postcode,area_code,lives_at_from\n"
                + "Niche,P-" + run + ",Gary,Renwick,," + "M," + pnc + ",Crime and Disorder Act 1998 s115," + street
                + ",Ashvale,NV1 2CD,LA-ASH," + LocalDate.now().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")) + "\n";
        String boundary = "----haven" + run;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"niche-nightly.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Instant sent = Instant.now();
        var response = Api.withToken(port, API_TOKEN).postBody("/api/v1/imports", "multipart/form-data; boundary=" + boundary, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"rejected\":0");

        Long alert = null;
        while (alert == null && Duration.between(sent, Instant.now()).toSeconds() < 10) {
            alert = jdbc.sql("""
                    select id from co_location_alert where child_person_id = :c and risk_person_id = :r and reason = 'SAME_ADDRESS'""")
                    .param("c", child.personId()).param("r", offender.personId()).query(Long.class).optional().orElse(null);
            if (alert == null) {
                Thread.sleep(100);
            }
        }
        assertThat(alert).as("a co-location alert within 10 seconds of the import").isNotNull();
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(5));
        var om = Api.asUser(port, "offender.manager").get("/api/v1/network/alerts/" + alert);
        assertThat(om.statusCode()).isEqualTo(200);
        assertThat(om.body()).contains("\"description\":\"LIVES_AT\"").contains("Niche P-" + run)
                .contains("\"description\":\"REGISTERED_SEX_OFFENDER\"").contains("social.worker");
        assertThat(Api.asUser(port, "social.worker").get("/api/v1/network/alerts").body()).contains("\"id\":" + alert);
    }
}
