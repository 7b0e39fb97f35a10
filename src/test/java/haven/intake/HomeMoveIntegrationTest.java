package haven.intake;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.platform.time.LondonTime;
import haven.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When an agency's extract gives a record a new address, the home it had from that agency's
 * system ends (kept, with when it ended and why) and the new one starts; a repeat changes nothing.
 */
class HomeMoveIntegrationTest extends IntegrationTest {
    @Autowired
    Intake intake;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    private static final String HEADER = "source_system,source_id,given_names,family_name,date_of_birth,sex,"
            + "lawful_basis,address_line,town,postcode,area_code,lives_at_from\n";

    /** One home link as stored: where, from and to when, and whether and why it was ended. */
    record Home(String address, LocalDate validFrom, LocalDate validTo, boolean ended, String endedReason) {
    }

    private ImportReport importCsv(String name, String rows) {
        long agency = users.agency("NHS-NMT").orElseThrow().id();
        return intake.importFile(agency, name, "csv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                "test", done -> { });
    }

    private List<Home> homesOf(String sourceId) {
        return jdbc.sql("""
                select l.address_line, k.valid_from, k.valid_to, k.ended_at is not null, k.ended_reason
                from link k join person_record r on r.id = k.from_record join location l on l.id = k.to_location
                where r.source_system = 'Moves' and r.source_id = :id and k.type = 'LIVES_AT' order by k.id""")
                .param("id", sourceId)
                .query((rs, i) -> new Home(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getString(5)))
                .list();
    }

    @Test
    void aNewAddressEndsTheOldHomeOnTheNewHomesStartDateAndStartsTheNewOne() {
        importCsv("moves-1.csv", "Moves,M1,Ruby,Moverley,2012-04-04,F,consent,1 Old Road,Ashvale,NV1 1AA,LA-ASH,2020-01-01\n");
        var report = importCsv("moves-2.csv", "Moves,M1,Ruby,Moverley,2012-04-04,F,consent,2 New Street,Ashvale,NV1 2BB,LA-ASH,2025-06-01\n");

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(homesOf("M1")).containsExactly(
                new Home("1 Old Road", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 1), true, "A new address imported from moves-2.csv"),
                new Home("2 New Street", LocalDate.of(2025, 6, 1), null, false, null));
    }

    @Test
    void aNewAddressWithoutAStartDateEndsTheOldHomeOnTheDayOfTheImport() {
        importCsv("undated-1.csv", "Moves,M2,Alfie,Moverley,2011-03-03,M,consent,3 Old Road,Ashvale,NV1 1AA,LA-ASH,\n");
        importCsv("undated-2.csv", "Moves,M2,Alfie,Moverley,2011-03-03,M,consent,4 New Street,Ashvale,NV1 2BB,LA-ASH,\n");

        var homes = homesOf("M2");
        assertThat(homes).hasSize(2);
        assertThat(homes.get(0).validTo()).isEqualTo(LocalDate.now(clock.withZone(LondonTime.ZONE)));
        assertThat(homes.get(0).ended()).isTrue();
        assertThat(homes.get(1).ended()).isFalse();
    }

    @Test
    void importingTheNewAddressAgainChangesNothing() {
        importCsv("again-1.csv", "Moves,M3,Isla,Moverley,2013-05-05,F,consent,5 Old Road,Ashvale,NV1 1AA,LA-ASH,2019-01-01\n");
        importCsv("again-2.csv", "Moves,M3,Isla,Moverley,2013-05-05,F,consent,6 New Street,Ashvale,NV1 2BB,LA-ASH,2024-01-01\n");
        var before = homesOf("M3");

        importCsv("again-2.csv", "Moves,M3,Isla,Moverley,2013-05-05,F,consent,6 New Street,Ashvale,NV1 2BB,LA-ASH,2024-01-01\n");

        assertThat(homesOf("M3")).isEqualTo(before);
    }

    @Test
    void movingBackToAnEarlierAddressStartsANewHomeThereAndKeepsTheOldStay() {
        importCsv("back-1.csv", "Moves,M4,Theo,Moverley,2010-02-02,M,consent,7 Old Road,Ashvale,NV1 1AA,LA-ASH,2018-01-01\n");
        importCsv("back-2.csv", "Moves,M4,Theo,Moverley,2010-02-02,M,consent,8 New Street,Ashvale,NV1 2BB,LA-ASH,2021-01-01\n");
        importCsv("back-3.csv", "Moves,M4,Theo,Moverley,2010-02-02,M,consent,7 Old Road,Ashvale,NV1 1AA,LA-ASH,2023-01-01\n");

        assertThat(homesOf("M4")).extracting(Home::address, Home::validFrom, Home::validTo, Home::ended).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7 Old Road", LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1), true),
                org.assertj.core.groups.Tuple.tuple("8 New Street", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1), true),
                org.assertj.core.groups.Tuple.tuple("7 Old Road", LocalDate.of(2023, 1, 1), null, false));
    }
}
