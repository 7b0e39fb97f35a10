package haven.protection.web;

import haven.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The "Police protection" link. */
@Configuration(proxyBeanMethods = false)
class ProtectionNavigation {

    @Bean
    NavigationItem protectionLink() {
        return new NavigationItem("Police protection", "/protection", 41,
                Set.of("POLICE_OFFICER", "POLICE_SUPERVISOR", "CUSTODY_OFFICER", "SOCIAL_WORK_MANAGER", "NATIONAL_MONITOR"));
    }
}
