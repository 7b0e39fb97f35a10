package haven.secureestate.web;

import haven.access.Users;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import haven.secureestate.SecureEstate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Set;

/** The secure estate's navigation links and the home panel of open alerts for establishment staff. */
@Configuration(proxyBeanMethods = false)
class EstateNavigation {

    static final Set<String> ESTATE = Set.of("SECURE_STAFF", "SECURE_MANAGER", "HEALTHCARE_LEAD", "NATIONAL_MONITOR");

    @Bean
    NavigationItem secureEstateLink() {
        return new NavigationItem("Secure estate", "/secure-estate", 40, ESTATE);
    }

    @Bean
    NavigationItem nationalReportLink() {
        return new NavigationItem("National report", "/secure-estate/national-report", 41, Set.of("NATIONAL_MONITOR"));
    }

    @Bean
    NavigationItem partnershipNotificationsLink() {
        return new NavigationItem("Restraint injury notifications", "/secure-estate/partnership-notifications", 42,
                Set.of("SOCIAL_WORK_MANAGER"));
    }

    @Bean
    HomePanel secureEstateAlertsPanel(SecureEstate estate, Users users) {
        return new HomePanel() {
            public Set<String> roles() {
                return Set.of("SECURE_STAFF", "SECURE_MANAGER", "HEALTHCARE_LEAD");
            }

            public int order() {
                return 40;
            }

            public String template() {
                return "secureestate/panel-alerts";
            }

            public Map<String, Object> model(long userId) {
                var user = users.byId(userId).orElseThrow();
                var est = estate.establishmentOfAgency(user.agencyCode());
                if (est.isEmpty()) {
                    return Map.of("alerts", java.util.List.of());
                }
                String role = user.has(haven.access.Role.HEALTHCARE_LEAD) ? SecureEstate.HEALTHCARE_LEAD
                        : user.has(haven.access.Role.SECURE_MANAGER) ? SecureEstate.MANAGER : null;
                var alerts = estate.alerts(est.get().id(), role);
                return Map.of("alerts", alerts.size() > 8 ? alerts.subList(0, 8) : alerts, "total", alerts.size(),
                        "establishment", est.get());
            }
        };
    }
}
