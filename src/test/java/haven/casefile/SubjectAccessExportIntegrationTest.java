package haven.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.network.EventDraft;
import haven.network.Network;
import haven.network.Participant;
import haven.network.Source;
import haven.support.Api;
import haven.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subject access export holds every record with its versions, the events, the flags and
 * the views, and matches the golden file once ids and times are masked.
 */
class SubjectAccessExportIntegrationTest extends IntegrationTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/subject-access-export.json");

    @Autowired
    People people;
    @Autowired
    Network network;
    @Autowired
    Flags flags;
    @Autowired
    Users users;

    @Test
    void exportsEverythingHeldAboutAPersonAsTheGoldenFileSays() throws Exception {
        long la = users.agency("LA-ASH").orElseThrow().id();
        long police = users.agency("NMC").orElseThrow().id();
        var first = people.register(new PersonRecordDraft(la, "SarTest", "SAR-1", "Ottoline", "Goldenfield", List.of(),
                LocalDate.of(2012, 5, 4), Sex.FEMALE, null, null, null, "ASHSAR001", null, null, false, "consent"), "test", "created");
        people.register(new PersonRecordDraft(la, "SarTest", "SAR-1", "Ottoline", "Goldenfeld", List.of(),
                LocalDate.of(2012, 5, 4), Sex.FEMALE, null, null, null, "ASHSAR001", null, null, false, "consent"), "test", "surname corrected");
        network.recordEvent(new EventDraft(new Source(police, "Niche", "SAR-E1", "Crime and Disorder Act 1998 s115", "test"),
                "INCIDENT", Instant.parse("2025-06-02T09:00:00Z"), null, null, "Concern reported at school.", false,
                List.of(new Participant(first.recordId(), "SUBJECT"))));
        flags.raise(new FlagDraft(first.personId(), null, FlagType.MISSING_RISK, "Missing twice this month.", police,
                "Missing persons coordinator", null, null, false), "test");

        var response = Api.asUser(port, "sw.manager").get("/api/v1/people/" + first.personId() + "/subject-access-export",
                "X-Haven-Reason", "Subject access request 2026/41");
        assertThat(response.statusCode()).isEqualTo(200);
        String masked = mask(response.body());
        if (!Files.exists(GOLDEN)) {
            Files.writeString(GOLDEN, masked);
            throw new AssertionError("No golden file yet: wrote " + GOLDEN + "; read it, then commit it");
        }
        assertThat(masked).isEqualTo(Files.readString(GOLDEN).strip());
        long logged = jdbc.sql("select count(*) from access_log where person_id = :p and action = 'EXPORT'")
                .param("p", first.personId()).query(Long.class).single();
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void refusesTheExportToAPractitionerWhoIsNotAManager() {
        long someone = jdbc.sql("select person_id from case_involvement order by person_id limit 1").query(Long.class).single();
        var response = Api.asUser(port, "social.worker").get("/api/v1/people/" + someone + "/subject-access-export");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** Ids and times differ from run to run; everything else must match the golden file. */
    static String mask(String json) {
        return json.replaceAll("\"(\\w*[iI]d|id|version)\":\\d+", "\"$1\":0")
                .replaceAll("\\\\\"(\\w*_id|id)\\\\\":\\s?\\d+", "\\\\\"$1\\\\\":0")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})", "<time>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?", "<time>")
                .strip();
    }
}
