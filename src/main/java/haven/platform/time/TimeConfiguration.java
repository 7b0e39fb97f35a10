package haven.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one clock every module uses. Training and demo instances may fix or offset it so a
 * trainer can show a deadline passing; the production profile refuses both.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(Environment environment,
                @Value("${haven.clock.fixed:}") String fixed,
                @Value("${haven.clock.offset:}") String offset) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        if (production && !(fixed.isBlank() && offset.isBlank())) {
            throw new IllegalStateException("haven.clock.fixed and haven.clock.offset are for training instances only, never production");
        }
        if (!fixed.isBlank()) {
            return Clock.fixed(Instant.parse(fixed), ZoneOffset.UTC);
        }
        if (!offset.isBlank()) {
            return Clock.offset(Clock.systemUTC(), Duration.parse(offset));
        }
        return Clock.systemUTC();
    }
}
