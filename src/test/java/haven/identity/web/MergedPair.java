package haven.identity.web;

import haven.access.Users;
import haven.identity.Linkage;
import haven.identity.MatchReview;
import haven.identity.People;
import haven.identity.PersonRecordDraft;
import haven.identity.RecordRegistered;
import haven.identity.ReviewDecision;
import haven.identity.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two records of (apparently) one girl, the second with only her initial, merged by a hub worker's "same person"
 * decision in the review queue. The surname and birthday are the pair's own, so no other test's records match.
 */
record MergedPair(RecordRegistered full, RecordRegistered initial, long reviewId, long mergeId) {

    static MergedPair create(People people, Linkage linkage, Users users, JdbcClient jdbc) {
        var girl = Girl.unique(jdbc);
        RecordRegistered full = girl.register(people, 0, "Harriet");
        RecordRegistered initial = girl.register(people, 1, "H");
        if (full.personId() == initial.personId()) {
            throw new IllegalStateException("the matcher linked the pair itself; it should have queued it for review");
        }
        long review = decideSame(linkage, users, full.recordId(), initial.recordId());
        return new MergedPair(full, initial, review, mergeCausedBy(jdbc, review));
    }

    /** A hub worker decides the queued pair of these two records is one person; returns the review. */
    static long decideSame(Linkage linkage, Users users, long recordA, long recordB) {
        MatchReview review = linkage.waiting(1000).stream()
                .filter(r -> r.left().id() == Math.min(recordA, recordB) && r.right().id() == Math.max(recordA, recordB))
                .findFirst().orElseThrow();
        linkage.decide(users.byUsername("hub.worker").orElseThrow(), review.id(), ReviewDecision.SAME,
                "Same date of birth and school; the police record has her initial");
        return review.id();
    }

    static long mergeCausedBy(JdbcClient jdbc, long reviewId) {
        return jdbc.sql("select m.id from person_merge m join identity_decision d on d.id = m.decision_id "
                + "where d.review_id = :r").param("r", reviewId).query(Long.class).single();
    }

    /** A girl whose surname and birthday no other test uses, recorded by up to three agencies. */
    record Girl(List<Long> agencies, String family, LocalDate born) {
        static Girl unique(JdbcClient jdbc) {
            var random = new Random();
            StringBuilder family = new StringBuilder().append((char) ('A' + random.nextInt(26)));
            for (int i = 0; i < 9; i++) {
                family.append((char) ('a' + random.nextInt(26)));
            }
            return new Girl(jdbc.sql("select id from agency order by id limit 3").query(Long.class).list(),
                    family.toString(), LocalDate.of(2010, 1, 1).plusDays(random.nextInt(2500)));
        }

        RecordRegistered register(People people, int agency, String given) {
            return people.register(new PersonRecordDraft(agencies.get(agency), "TestSystem",
                    UUID.randomUUID().toString(), given, family, List.of(), born, Sex.FEMALE, null, null, null, null,
                    null, null, false, "Children Act 2004 s11"), "split-test", "test");
        }
    }

    /** The person the records were merged into (the earlier one keeps its id). */
    long into() {
        return Math.min(full.personId(), initial.personId());
    }

    /** The person whose records moved, and whom a split restores. */
    long from() {
        return Math.max(full.personId(), initial.personId());
    }
}
