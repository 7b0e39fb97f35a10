package haven.clocks.config;

import haven.clocks.Rules;
import haven.clocks.WorkingDayCalendar;
import haven.clocks.register.EscalationChain;
import haven.clocks.register.EscalationTarget;
import haven.clocks.rules.RuleParameters;
import haven.clocks.store.DeadlineStore;
import haven.clocks.store.SetBasedSweep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the clocks from configuration:
 * <ul>
 *   <li>{@code haven.clocks.bank-holidays-dir}: a folder of {@code england-and-wales-YYYY.csv} files replacing the
 *       shipped calendar;</li>
 *   <li>{@code haven.clocks.rules.<rule id>.<parameter>}: any rule's local parameter, for example
 *       {@code haven.clocks.rules.cp-02.working-days=2} or {@code haven.clocks.rules.da-06.school-day-starts=08:45};</li>
 *   <li>{@code haven.clocks.escalation.warning-targets} and {@code haven.clocks.escalation.steps[n].target} /
 *       {@code .after-breach}: the escalation chain;</li>
 *   <li>{@code haven.clocks.sweep.batch}: the most deadlines each sweep statement takes in one pass.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ClocksConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClocksConfiguration.class);

    @Bean
    WorkingDayCalendar workingDayCalendar(Environment env) {
        String dir = env.getProperty("haven.clocks.bank-holidays-dir", "");
        if (dir.isBlank()) {
            return WorkingDayCalendar.shipped();
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.fromDirectory(Path.of(dir));
        log.info("Bank holidays read from {} for years {}", dir, calendar.years());
        return calendar;
    }

    @Bean
    RuleParameters ruleParameters(Environment env) {
        return ParameterBinding.bind(Binder.get(env), "haven.clocks.rules", RuleParameters.defaults());
    }

    @Bean
    Rules rules(WorkingDayCalendar calendar, RuleParameters parameters) {
        return Rules.of(calendar, parameters);
    }

    @Bean
    EscalationChain escalationChain(Environment env) {
        Binder binder = Binder.get(env);
        EscalationChain defaults = EscalationChain.defaults();
        List<EscalationTarget> warningTargets = binder.bind("haven.clocks.escalation.warning-targets",
                Bindable.listOf(EscalationTarget.class)).orElse(defaults.warningTargets());
        List<EscalationChain.Step> steps = new ArrayList<>();
        for (int i = 0; ; i++) {
            String prefix = "haven.clocks.escalation.steps[" + i + "]";
            var target = binder.bind(prefix + ".target", EscalationTarget.class);
            if (!target.isBound()) {
                break;
            }
            steps.add(new EscalationChain.Step(target.get(),
                    binder.bind(prefix + ".after-breach", Duration.class).orElse(Duration.ZERO)));
        }
        return new EscalationChain(warningTargets, steps.isEmpty() ? defaults.steps() : steps);
    }

    @Bean
    DeadlineStore deadlineStore(JdbcClient jdbc) {
        return new DeadlineStore(jdbc);
    }

    @Bean
    SetBasedSweep setBasedSweep(JdbcClient jdbc, Environment env) {
        return new SetBasedSweep(jdbc, env.getProperty("haven.clocks.sweep.batch", Integer.class, 5_000));
    }
}
