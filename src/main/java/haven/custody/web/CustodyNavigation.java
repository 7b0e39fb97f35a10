package haven.custody.web;

import haven.custody.Custody;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Set;

/** The "Custody" link and a home panel counting children in custody now. */
@Configuration(proxyBeanMethods = false)
class CustodyNavigation {

    static final Set<String> ROLES = Set.of("CUSTODY_OFFICER", "POLICE_SUPERVISOR", "POLICE_OFFICER", "NATIONAL_MONITOR");

    @Bean
    NavigationItem custodyLink() {
        return new NavigationItem("Custody", "/custody", 40, ROLES);
    }

    @Bean
    HomePanel childrenInCustody(Custody custody) {
        return new HomePanel() {
            public Set<String> roles() {
                return Set.of("CUSTODY_OFFICER", "POLICE_SUPERVISOR");
            }

            public int order() {
                return 40;
            }

            public String template() {
                return "custody/panel";
            }

            public Map<String, Object> model(long userId) {
                return Map.of("children", custody.inCustodyNow());
            }
        };
    }
}
