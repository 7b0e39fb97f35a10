package haven.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.Linkage;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.RecordRegistered;
import haven.identity.Sex;
import haven.network.LinkDraft;
import haven.network.Network;
import haven.network.Source;
import haven.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * As it happens between agencies: the police hold a man's registered sex offender flag under one
 * record, social care know him under another as a member of a child's household. Nothing links
 * them until a hub worker decides the two records are one man; then the alert is raised (issue 6).
 */
class MergeRaisesCoLocationAlertIntegrationTest extends IntegrationTest {
    @Autowired
    People people;
    @Autowired
    Linkage linkage;
    @Autowired
    Users users;
    @Autowired
    Flags flags;
    @Autowired
    Network network;

    @Test
    void decidingTwoRecordsAreOneFlaggedAdultRaisesTheAlertForTheChildInHisHousehold() throws InterruptedException {
        String family = uniqueSurname();
        LocalDate born = LocalDate.of(1979, 1, 1).plusDays(new Random().nextInt(3000));
        long la = users.agency("LA-ASH").orElseThrow().id();
        long police = jdbc.sql("select id from agency where type = 'POLICE' order by id limit 1").query(Long.class).single();
        RecordRegistered social = register(la, "Harold", family, born, Sex.MALE);
        RecordRegistered policeRecord = register(police, "H", family, born, Sex.MALE);
        assertThat(policeRecord.personId()).as("the matcher queues the pair rather than linking it").isNotEqualTo(social.personId());
        RecordRegistered child = register(la, "Poppy", family, LocalDate.now().minusYears(6), Sex.FEMALE);
        network.linkAll(List.of(new LinkDraft(new Source(la, "TestSystem", UUID.randomUUID().toString(), "Children Act 1989 s47",
                "test"), "HOUSEHOLD_MEMBER", social.recordId(), child.recordId(), null, null, LocalDate.now().minusMonths(2), null)));
        flags.raise(new FlagDraft(policeRecord.personId(), null, FlagType.REGISTERED_SEX_OFFENDER, "Registered for life",
                police, "Offender management unit", LocalDate.now().plusMonths(6), null, false), "test");
        Thread.sleep(1500);
        assertThat(alert(child.personId())).as("no alert while the two records are two persons").isEmpty();

        MergedPair.decideSame(linkage, users, social.recordId(), policeRecord.recordId());

        Instant start = Instant.now();
        Optional<Long> raised = Optional.empty();
        while (raised.isEmpty() && Duration.between(start, Instant.now()).toSeconds() < 10) {
            Thread.sleep(100);
            raised = alert(child.personId());
        }
        assertThat(raised).as("an alert within 10 seconds of the merge").isPresent();
        long survivor = Math.min(social.personId(), policeRecord.personId());
        assertThat(jdbc.sql("select risk_person_id from co_location_alert where id = :a").param("a", raised.get())
                .query(Long.class).single()).isEqualTo(survivor);
    }

    private Optional<Long> alert(long childPerson) {
        return jdbc.sql("select id from co_location_alert where child_person_id = :c").param("c", childPerson)
                .query(Long.class).optional();
    }

    private RecordRegistered register(long agency, String given, String family, LocalDate born, Sex sex) {
        return people.register(new PersonRecordDraft(agency, "TestSystem", UUID.randomUUID().toString(), given, family, List.of(),
                born, sex, null, null, null, null, null, null, false, "Children Act 2004 s11"), "test", "test");
    }

    private static String uniqueSurname() {
        var random = new Random();
        StringBuilder family = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            family.append((char) ('a' + random.nextInt(26)));
        }
        return family.toString();
    }
}
