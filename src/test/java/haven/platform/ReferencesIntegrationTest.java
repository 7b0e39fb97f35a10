package haven.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haven.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * A record or link that points at nothing is refused by the database, as a foreign key would refuse it
 * (V10: the references of records and links are checked once a statement), and the rows they point at cannot be
 * deleted or given another id, so what a check found stays there.
 */
class ReferencesIntegrationTest extends IntegrationTest {
    private long agency;
    private long person;
    private long record;
    private long location;

    @BeforeEach
    void someoneAtAnAddress() {
        agency = jdbc.sql("select min(id) from agency").query(Long.class).single();
        person = jdbc.sql("insert into person (created_at) values (now()) returning id").query(Long.class).single();
        record = jdbc.sql("""
                insert into person_record (person_id, agency_id, source_system, source_id, given_names, family_name,
                    lawful_basis, recorded_by, recorded_at)
                values (:p, :a, 'ReferencesTest', gen_random_uuid()::text, 'Ruby', 'Referencer', 'consent', 'test', now())
                returning id""").param("p", person).param("a", agency).query(Long.class).single();
        location = jdbc.sql("""
                insert into location (address_line, created_at, created_by) values ('1 Reference Row', now(), 'test')
                returning id""").query(Long.class).single();
    }

    @Test
    void aHomeAtAnAddressThatIsNotThereIsRefusedNamingTheReference() {
        long nowhere = jdbc.sql("select max(id) + 1000 from location").query(Long.class).single();
        long links = count("link");
        // the good row and the bad one in one statement: neither is written
        assertThatThrownBy(() -> insertHomes(List.of(location, nowhere)))
                .satisfies(e -> refusedBy(e, "23503", "link_to_location_fkey"))
                .hasMessageContaining("Key (to_location)=(" + nowhere + ") is not present in table \"location\"");
        assertThat(count("link")).isEqualTo(links);
        insertHomes(List.of(location));
        assertThat(count("link")).isEqualTo(links + 1);
    }

    @Test
    void aLinkFromARecordOrAgencyThatIsNotThereIsRefused() {
        long noRecord = jdbc.sql("select max(id) + 1000 from person_record").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into link (kind, type, from_record, to_record, agency_id, source_system, source_id, lawful_basis,
                    recorded_by, recorded_at)
                values ('PERSON_PERSON', 'SIBLING', :f, :t, :a, 'ReferencesTest', gen_random_uuid()::text, 'consent',
                    'test', now())""").param("f", record).param("t", noRecord).param("a", agency).update())
                .satisfies(e -> refusedBy(e, "23503", "link_to_record_fkey"));
        insertHomes(List.of(location));
        assertThatThrownBy(() -> jdbc.sql("update link set agency_id = -1 where from_record = :r").param("r", record).update())
                .satisfies(e -> refusedBy(e, "23503", "link_agency_id_fkey"));
    }

    @Test
    void aRecordOfAPersonOrAgencyThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("update person_record set person_id = -5 where id = :r").param("r", record).update())
                .satisfies(e -> refusedBy(e, "23503", "person_record_person_id_fkey"));
        assertThatThrownBy(() -> jdbc.sql("""
                insert into person_record (person_id, agency_id, source_system, source_id, given_names, family_name,
                    lawful_basis, recorded_by, recorded_at)
                values (:p, -7, 'ReferencesTest', gen_random_uuid()::text, 'Ruby', 'Referencer', 'consent', 'test', now())""")
                .param("p", person).update())
                .satisfies(e -> refusedBy(e, "23503", "person_record_agency_id_fkey"));
        assertThat(jdbc.sql("select person_id from person_record where id = :r").param("r", record).query(Long.class).single())
                .isEqualTo(person);
    }

    @Test
    void whatRecordsAndLinksPointAtIsNeverDeletedNorRenumbered() {
        insertHomes(List.of(location));
        for (var table : List.of("person_record", "person", "location", "agency")) {
            long id = switch (table) {
                case "person_record" -> record;
                case "person" -> person;
                case "location" -> location;
                default -> agency;
            };
            assertThatThrownBy(() -> jdbc.sql("delete from " + table + " where id = :id").param("id", id).update())
                    .as(table).satisfies(e -> refusedBy(e, "23001", null));
            assertThatThrownBy(() -> jdbc.sql("update " + table + " set id = default where id = :id").param("id", id).update())
                    .as(table).satisfies(e -> refusedBy(e, "23001", null));
        }
        assertThatThrownBy(() -> jdbc.sql("truncate thing").update()).satisfies(e -> refusedBy(e, "23001", null));
        assertThat(count("person_record where id = " + record)).isEqualTo(1);
    }

    private void insertHomes(List<Long> locations) {
        jdbc.sql("""
                insert into link (kind, type, from_record, to_location, agency_id, source_system, source_id, lawful_basis,
                    recorded_by, recorded_at)
                select 'PERSON_LOCATION', 'LIVES_AT', :r, l, :a, 'ReferencesTest', gen_random_uuid()::text, 'consent',
                    'test', now()
                from unnest(:l::bigint[]) as l""")
                .param("r", record).param("a", agency).param("l", locations.toArray(Long[]::new)).update();
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private static void refusedBy(Throwable e, String sqlState, String constraint) {
        Throwable c = e;
        while (c != null && !(c instanceof PSQLException)) {
            c = c.getCause();
        }
        assertThat(c).as("the database's refusal").isInstanceOf(PSQLException.class);
        var p = (PSQLException) c;
        assertThat(p.getSQLState()).isEqualTo(sqlState);
        if (constraint != null) {
            assertThat(p.getServerErrorMessage().getConstraint()).isEqualTo(constraint);
        }
    }
}
