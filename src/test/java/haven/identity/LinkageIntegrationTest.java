package haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haven.access.HavenUser;
import haven.access.Users;
import haven.platform.web.InvalidInput;
import haven.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LinkageIntegrationTest extends IntegrationTest {
    @Autowired
    People people;
    @Autowired
    Linkage linkage;
    @Autowired
    Users users;

    long health;
    long police;
    String family;

    @BeforeEach
    void agencies() {
        List<Long> ids = jdbc.sql("select id from agency order by id limit 2").query(Long.class).list();
        health = ids.get(0);
        police = ids.get(1);
        // a surname no demo person has, so that only this test's records can match
        StringBuilder suffix = new StringBuilder();
        long n = Math.abs(UUID.randomUUID().getMostSignificantBits());
        for (int i = 0; i < 6; i++, n /= 26) {
            suffix.append((char) ('a' + n % 26));
        }
        family = "Quillfeather" + suffix;
    }

    private RecordRegistered register(long agency, String given, String dob, Sex sex, String nhs) {
        return people.register(new PersonRecordDraft(agency, "TestSystem", UUID.randomUUID().toString(), given, family,
                List.of(), dob == null ? null : LocalDate.parse(dob), sex, nhs, null, null, null, null, null, false,
                "Children Act 2004 s11"), "linkage-test", "test");
    }

    private HavenUser hubWorker() {
        return users.byUsername("hub.worker").orElseThrow();
    }

    @Test
    void linksANewRecordOfAKnownChildAsItArrivesWithoutASharedIdentifier() {
        RecordRegistered health = register(this.health, "William", "2013-04-21", Sex.MALE, "9434765919");
        long start = System.nanoTime();
        RecordRegistered police = register(this.police, "Bill", "2013-04-21", Sex.MALE, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(police.personId()).isEqualTo(health.personId());
        assertThat(people.recordsOf(health.personId())).hasSize(2);
        assertThat(jdbc.sql("select count(*) from identity_decision where decision = 'AUTOMATIC_LINK' and "
                        + "(left_record_id = :r or right_record_id = :r)").param("r", police.recordId())
                .query(Long.class).single()).isEqualTo(1);
        System.out.println("incremental match of one record, registration included: " + millis + " ms");
    }

    @Test
    void showsLikelyExistingMatchesBeforeANewPersonIsCreated() {
        RecordRegistered known = register(health, "Margaret", "2010-02-17", Sex.FEMALE, null);
        var draft = new PersonRecordDraft(police, "Niche", "new", "Peggy", family, List.of(),
                LocalDate.parse("2010-02-17"), Sex.FEMALE, null, null, null, null, null, null, false, "test");
        var likely = linkage.likelyMatches(draft, 5);
        assertThat(likely).isNotEmpty();
        assertThat(likely.get(0).record().id()).isEqualTo(known.recordId());
        assertThat(likely.get(0).probability()).isGreaterThan(0.9);
    }

    @Test
    void keepsTwinsApartWhenTheyArrive() {
        RecordRegistered jack = register(health, "Jack", "2015-06-02", Sex.MALE, null);
        RecordRegistered oscar = register(police, "Oscar", "2015-06-02", Sex.MALE, null);
        assertThat(oscar.personId()).isNotEqualTo(jack.personId());
    }

    @Test
    void putsAnUncertainPairInTheReviewQueueAndASameDecisionMergesAndTheSplitRestoresBothPersons() {
        RecordRegistered full = register(health, "Amelia", "2012-09-14", Sex.FEMALE, null);
        RecordRegistered initial = register(police, "A", "2012-09-14", Sex.FEMALE, null);
        assertThat(initial.personId()).isNotEqualTo(full.personId());
        MatchReview review = linkage.waiting(500).stream()
                .filter(r -> r.left().id() == Math.min(full.recordId(), initial.recordId())
                        && r.right().id() == Math.max(full.recordId(), initial.recordId()))
                .findFirst().orElseThrow();
        assertThat(review.evidence()).extracting(MatchReview.FieldEvidence::field).contains("forename", "surname");

        assertThatThrownBy(() -> linkage.decide(hubWorker(), review.id(), ReviewDecision.SAME, " "))
                .isInstanceOf(InvalidInput.class);
        linkage.decide(hubWorker(), review.id(), ReviewDecision.SAME, "Same school and GP; initial only on the police record");
        long merged = people.record(initial.recordId()).orElseThrow().personId();
        assertThat(people.record(full.recordId()).orElseThrow().personId()).isEqualTo(merged);
        assertThat(linkage.waiting(500)).noneMatch(r -> r.id() == review.id());

        var merge = linkage.mergesInto(merged).get(0);
        linkage.split(merge.id(), "hub.worker", "The police record was a cousin");
        long a = people.record(full.recordId()).orElseThrow().personId();
        long b = people.record(initial.recordId()).orElseThrow().personId();
        assertThat(List.of(a, b)).containsExactlyInAnyOrder(full.personId(), initial.personId());
        assertThat(jdbc.sql("select decision from identity_decision where review_id = :r or "
                        + "(decision = 'SPLIT' and decided_by = 'hub.worker') order by id")
                .param("r", review.id()).query(String.class).list()).contains("SAME", "SPLIT");
    }

    @Test
    void aNotTheSameDecisionIsLoggedWithWhoAndWhy() {
        RecordRegistered full = register(health, "Poppy", "2011-01-05", Sex.FEMALE, null);
        RecordRegistered initial = register(police, "P", "2011-01-05", Sex.FEMALE, null);
        MatchReview review = linkage.waiting(500).stream()
                .filter(r -> r.left().id() == Math.min(full.recordId(), initial.recordId()))
                .findFirst().orElseThrow();
        linkage.decide(hubWorker(), review.id(), ReviewDecision.NOT_SAME, "Different mothers named on each record");
        assertThat(jdbc.sql("select decided_by || ': ' || reason from identity_decision where review_id = :r")
                .param("r", review.id()).query(String.class).single())
                .isEqualTo("hub.worker: Different mothers named on each record");
        assertThat(people.record(initial.recordId()).orElseThrow().personId()).isEqualTo(initial.personId());
    }
}
