package haven.network.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The co-location check finds the flagged adults near a set of persons walking out from the persons, or, for an
 * import's thousands of persons, walking out from the few flagged adults. On the demo area both ways must name the
 * same adults, for the whole population and for any part of it.
 */
class FlaggedNearBothWaysIntegrationTest extends IntegrationTest {
    @Autowired
    AlertStore store;

    @Test
    void walkingOutFromTheFlaggedAdultsFindsWhatWalkingOutFromThePersonsFinds() {
        LocalDate today = LocalDate.now();
        List<Long> everyone = jdbc.sql("select id from person where merged_into is null order by id").query(Long.class).list();
        var fromPersons = store.flaggedWithinReachOf(everyone, today);
        assertThat(fromPersons).as("the demo area has flagged adults living with or linked to others").isNotEmpty();
        assertThat(store.flaggedReachingAny(everyone, today)).containsExactlyInAnyOrderElementsOf(fromPersons);

        var random = new Random(7);
        for (int round = 0; round < 5; round++) {
            var some = new ArrayList<Long>();
            for (Long p : everyone) {
                if (random.nextInt(10) == 0) {
                    some.add(p);
                }
            }
            assertThat(store.flaggedReachingAny(some, today)).as("round %d, %d persons", round, some.size())
                    .containsExactlyInAnyOrderElementsOf(store.flaggedWithinReachOf(some, today));
        }
        // the persons right next to each flagged adult: the edge of the neighbourhood, where a wrong step shows
        var near = jdbc.sql("""
                select distinct r2.person_id from held_flag f join person_record r on r.person_id = f.person_id
                join link k on k.from_record = r.id join person_record r2 on r2.id = k.to_record""")
                .query(Long.class).list();
        assertThat(store.flaggedReachingAny(near, today))
                .containsExactlyInAnyOrderElementsOf(store.flaggedWithinReachOf(near, today));
    }
}
