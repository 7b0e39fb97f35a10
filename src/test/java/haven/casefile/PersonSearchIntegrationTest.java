package haven.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.identity.PersonQuery;
import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A practitioner finds a person by a misspelt name, a nickname, a date of birth or an identifier. */
class PersonSearchIntegrationTest extends IntegrationTest {
    @Autowired
    People people;
    @Autowired
    Users users;

    private long personId;

    @BeforeEach
    void oneRecordedPerson() {
        long agency = users.agency("LA-ASH").orElseThrow().id();
        personId = people.register(new PersonRecordDraft(agency, "SearchTest", "S1", "William James", "Quenterbury", List.of(),
                LocalDate.of(2011, 3, 27), Sex.MALE, "4010232137", null, null, "ASH99001", null, null, false, "consent"),
                "test", "test").personId();
    }

    private List<Long> found(PersonQuery q) {
        return people.search(q, 20).stream().map(PersonMatch::personId).toList();
    }

    @Test
    void findsANameRecordedAsAnAlias() {
        long police = users.agency(haven.platform.demo.DemoArea.POLICE).orElseThrow().id();
        long known = people.register(new PersonRecordDraft(police, "SearchTest", "S2", "Kieran", "Ostrowlander",
                List.of("Tiny K", "Kez Marlow"), LocalDate.of(2009, 8, 14), Sex.MALE, null, null, null, null, null, null,
                false, "Crime and Disorder Act 1998 s115"), "test", "test").personId();
        assertThat(found(new PersonQuery("Kez Marlow", null, null))).first().isEqualTo(known);
        assertThat(found(new PersonQuery("marlow kez", null, null))).as("the words in any order").contains(known);
        assertThat(found(new PersonQuery("Tiny", null, null))).contains(known);
        assertThat(found(new PersonQuery("Tiny Marlow", null, null))).as("words from two different aliases")
                .contains(known);
        assertThat(found(new PersonQuery("Kez Marlowe", null, null))).as("an alias is matched word for word")
                .doesNotContain(known);
        assertThat(people.search(new PersonQuery("Tiny", null, null), 20)).filteredOn(m -> m.personId() == known)
                .singleElement().extracting(PersonMatch::aliases).as("the results say who they are also known as")
                .isEqualTo(List.of("Kez Marlow", "Tiny K"));
    }

    @Test
    void findsAMisspeltSurname() {
        assertThat(found(new PersonQuery("William Quenterbery", null, null))).contains(personId);
    }

    @Test
    void findsANickname() {
        assertThat(found(new PersonQuery("Bill Quenterbury", null, null))).first().isEqualTo(personId);
    }

    @Test
    void findsBySurnameSoundingTheSame() {
        assertThat(found(new PersonQuery("Kwenterbury", null, null))).contains(personId);
    }

    @Test
    void findsByIdentifierTypedWithSpaces() {
        assertThat(found(new PersonQuery(null, null, "401 023 2137"))).containsExactly(personId);
        assertThat(found(new PersonQuery(null, null, "ash99001"))).containsExactly(personId);
    }

    @Test
    void findsByDateOfBirthAlone() {
        assertThat(found(new PersonQuery(null, LocalDate.of(2011, 3, 27), null))).contains(personId);
    }

    @Test
    void aDateOfBirthPicksOnePersonOutOfManySharingTheSurname() {
        long agency = users.agency("LA-ASH").orElseThrow().id();
        for (int i = 0; i < 30; i++) {
            people.register(new PersonRecordDraft(agency, "SearchTest", "M" + i, "Child" + (char) ('a' + i % 26) + i, "Vantersloot",
                    List.of(), LocalDate.of(2005, 1, 1).plusDays(i * 40L), Sex.FEMALE, null, null, null, null, null, null, false,
                    "consent"), "test", "test");
        }
        long wanted = people.register(new PersonRecordDraft(agency, "SearchTest", "M-last", "Ottoline", "Vantersloot", List.of(),
                LocalDate.of(2016, 8, 9), Sex.FEMALE, null, null, null, null, null, null, false, "consent"), "test", "test").personId();

        assertThat(people.search(new PersonQuery("Vantersloot", LocalDate.of(2016, 8, 9), null), 10))
                .first().extracting(PersonMatch::personId).isEqualTo(wanted);
        assertThat(people.search(new PersonQuery("Otoline Vantersloat", null, null), 10))
                .first().extracting(PersonMatch::personId).isEqualTo(wanted);
    }

    @Test
    void doesNotFindAnUnrelatedName() {
        assertThat(found(new PersonQuery("Olivia Zzyzx", null, null))).doesNotContain(personId);
    }
}
