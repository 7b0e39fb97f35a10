package haven.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void everyRuleIdHasARuleThatSchedulesInBothJurisdictions() { // C-07
        Instant start = At.london("2025-06-02T10:00");
        for (RuleId id : RuleId.values()) {
            StatutoryRule rule = Rules.standard().rule(id);
            assertThat(rule.id()).isEqualTo(id);
            assertThat(rule.summary()).isNotBlank();
            for (Jurisdiction j : Jurisdiction.values()) {
                Schedule s = rule.scheduleFrom(start, j);
                assertThat(s.rule()).isEqualTo(id);
                assertThat(s.jurisdiction()).isEqualTo(j);
                assertThat(s.warningInstants()).allSatisfy(w -> assertThat(w).isBefore(s.due()));
            }
        }
    }

    @Test
    void findsRulesByTheirRulesMdIdInAnyCase() {
        assertThat(Rules.byId("pp-02").id()).isEqualTo(RuleId.PP_02);
        assertThat(Rules.byId("PACE_05").id()).isEqualTo(RuleId.PACE_05);
        assertThat(RuleId.of("M-04").code()).isEqualTo("M-04");
    }

    @Test
    void anUnknownRuleIdIsRefusedWithTheKnownIds() {
        assertThatThrownBy(() -> Rules.byId("PP-99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PP-99")
                .hasMessageContaining("PP-02");
    }
}
