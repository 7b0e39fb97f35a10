package haven.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (clock sweeps, notification retries) runs in the server, never in an operator command. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "haven.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
