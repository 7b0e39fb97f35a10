package haven.protection.web;

import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import haven.protection.Protection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Set;

/** The "Police protection" link and a home panel of the children in police protection now. */
@Configuration(proxyBeanMethods = false)
class ProtectionNavigation {

    @Bean
    NavigationItem protectionLink() {
        return new NavigationItem("Police protection", "/protection", 41,
                Set.of("POLICE_OFFICER", "POLICE_SUPERVISOR", "CUSTODY_OFFICER", "SOCIAL_WORK_MANAGER", "NATIONAL_MONITOR"));
    }

    @Bean
    HomePanel childrenInPoliceProtection(Protection protection) {
        return new HomePanel() {
            public Set<String> roles() {
                return Set.of("POLICE_SUPERVISOR");
            }

            public int order() {
                return 41;
            }

            public String template() {
                return "protection/panel";
            }

            public Map<String, Object> model(long userId) {
                return Map.of("open", protection.register(0).open());
            }
        };
    }
}
