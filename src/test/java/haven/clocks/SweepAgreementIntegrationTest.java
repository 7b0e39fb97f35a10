package haven.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.clocks.register.Alert;
import haven.clocks.register.Deadline;
import haven.clocks.register.EscalationChain;
import haven.clocks.register.Sweep;
import haven.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The set-based SQL sweep and the in-memory sweep reach the same state for the same deadlines. */
class SweepAgreementIntegrationTest extends IntegrationTest {

    private static final RuleId[] RULES = {RuleId.PP_02, RuleId.CP_01, RuleId.M_04, RuleId.PACE_06, RuleId.DA_06,
            RuleId.SO_02, RuleId.AL_01, RuleId.SE_03};

    @Autowired
    Clocks clocks;

    @Autowired
    Users users;

    @Autowired
    Clock clock;

    @Test
    void databaseSweepAgreesWithTheRulesForMixedDeadlines() {
        long owner = users.byUsername("social.worker").orElseThrow().id();
        Instant now = clock.instant();
        Random random = new Random(7);
        Sweep inMemory = new Sweep(EscalationChain.defaults());
        java.util.Map<Long, Deadline> expected = new java.util.HashMap<>();
        for (int i = 0; i < 60; i++) {
            RuleId rule = RULES[i % RULES.length];
            Jurisdiction j = i % 3 == 0 ? Jurisdiction.WALES : Jurisdiction.ENGLAND;
            Instant start = now.minus(Duration.ofMinutes(random.nextInt(8 * 24 * 60))).truncatedTo(ChronoUnit.MICROS);
            DeadlineView opened = clocks.open(OpenDeadline.of(rule, j, "agreement", "a-" + i, start, owner));
            Deadline d = Deadline.open(opened.id(), clocks.rules().schedule(rule, start, j));
            for (Alert a : inMemory.check(d, clock.instant())) {
                d = d.apply(a);
            }
            expected.put(opened.id(), d);
        }
        clocks.sweep();
        // the in-memory states were computed just before the sweep; no warning point falls in between in practice,
        // but allow the database to be at most one step further on
        int agreeing = 0;
        for (var e : expected.entrySet()) {
            DeadlineView actual = clocks.find(e.getKey()).orElseThrow();
            Deadline want = e.getValue();
            if (actual.status().equals(want.state().code()) && actual.escalationLevel() == want.escalationLevel()) {
                agreeing++;
            }
            assertThat(actual.escalationLevel()).as("deadline %s (%s)", e.getKey(), actual.rule())
                    .isBetween(want.escalationLevel(), want.escalationLevel() + 1);
        }
        assertThat(agreeing).isGreaterThanOrEqualTo(expected.size() - 1);
        assertThat(expected.values()).anySatisfy(d -> assertThat(d.state()).isInstanceOf(DeadlineState.Breached.class));
        assertThat(expected.values()).anySatisfy(d -> assertThat(d.state()).isInstanceOf(DeadlineState.Warned.class));
    }
}
