package haven.clocks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haven.clocks.At;
import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.WorkingDayCalendar;
import haven.clocks.register.EscalationChain;
import haven.clocks.register.EscalationTarget;
import haven.clocks.rules.RuleParameters;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ClocksConfigurationTest {

    private final ClocksConfiguration configuration = new ClocksConfiguration();

    @Test
    void strategyDiscussionTimescaleIsALocalParameter() { // CP-02
        MockEnvironment env = new MockEnvironment().withProperty("haven.clocks.rules.cp-02.working-days", "2");
        RuleParameters p = configuration.ruleParameters(env);
        assertThat(p.cp02().workingDays()).isEqualTo(2);
        assertThat(p.cp02().warning()).isEqualTo(RuleParameters.defaults().cp02().warning());
        assertThat(p.pp02()).isEqualTo(RuleParameters.defaults().pp02());
        Rules rules = Rules.of(WorkingDayCalendar.shipped(), p);
        assertThat(rules.schedule(RuleId.CP_02, At.london("2025-06-06T16:00"), Jurisdiction.ENGLAND).dueDate())
                .hasToString("2025-06-10");
    }

    @Test
    void policeProtectionWarningsAndSchoolStartAreConfigurable() { // PP-02, DA-06
        MockEnvironment env = new MockEnvironment()
                .withProperty("haven.clocks.rules.pp-02.warnings-after-start", "24h,60h")
                .withProperty("haven.clocks.rules.da-06.school-day-starts", "08:45")
                .withProperty("haven.clocks.rules.cp-01.warning.at", "10:00");
        RuleParameters p = configuration.ruleParameters(env);
        assertThat(p.pp02().warningsAfterStart()).containsExactly(Duration.ofHours(24), Duration.ofHours(60));
        assertThat(p.pp02().limit()).isEqualTo(Duration.ofHours(72));
        assertThat(p.da06().schoolDayStarts()).isEqualTo(LocalTime.of(8, 45));
        assertThat(p.cp01().warning().at()).isEqualTo(LocalTime.of(10, 0));
        assertThat(p.cp01().warning().daysBefore()).isZero();
    }

    @Test
    void aBadParameterIsRefusedNamingIt() {
        MockEnvironment env = new MockEnvironment().withProperty("haven.clocks.rules.da-06.school-day-starts", "half eight");
        assertThatThrownBy(() -> configuration.ruleParameters(env))
                .hasMessageContaining("haven.clocks.rules.da-06.school-day-starts");
    }

    @Test
    void theEscalationChainIsConfigurable() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("haven.clocks.escalation.warning-targets", "OWNER,SUPERVISOR")
                .withProperty("haven.clocks.escalation.steps[0].target", "SUPERVISOR")
                .withProperty("haven.clocks.escalation.steps[1].target", "SENIOR_LEAD")
                .withProperty("haven.clocks.escalation.steps[1].after-breach", "4h");
        EscalationChain chain = configuration.escalationChain(env);
        assertThat(chain.warningTargets()).containsExactly(EscalationTarget.OWNER, EscalationTarget.SUPERVISOR);
        assertThat(chain.steps()).containsExactly(new EscalationChain.Step(EscalationTarget.SUPERVISOR, Duration.ZERO),
                new EscalationChain.Step(EscalationTarget.SENIOR_LEAD, Duration.ofHours(4)));
        assertThat(configuration.escalationChain(new MockEnvironment())).isEqualTo(EscalationChain.defaults());
    }
}
