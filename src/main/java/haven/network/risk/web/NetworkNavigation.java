package haven.network.risk.web;

import haven.access.Role;
import haven.access.Users;
import haven.network.risk.RiskNetwork;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Risk network" link and the home panel of co-location alerts waiting for the user. */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {
    /** Practitioners use the network; the national monitor and administrators see no individual children. */
    static final String MAY_USE = "hasAnyRole('POLICE_OFFICER', 'POLICE_SUPERVISOR', 'CUSTODY_OFFICER', 'OFFENDER_MANAGER', "
            + "'SOCIAL_WORKER', 'SOCIAL_WORK_MANAGER', 'HUB_WORKER', 'HEALTH_PRACTITIONER', 'SCHOOL_SAFEGUARDING_LEAD', "
            + "'YOUTH_OFFENDING_WORKER', 'SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'DESIGNATED_OFFICER', 'SYSTEM_CLIENT')";
    static final Set<String> USERS = Role.PRACTITIONERS.stream().map(Enum::name).collect(Collectors.toSet());
    static final Set<String> ALERT_RECEIVERS = Stream.of(Role.OFFENDER_MANAGER, Role.SOCIAL_WORKER, Role.HUB_WORKER,
            Role.SOCIAL_WORK_MANAGER, Role.POLICE_SUPERVISOR).map(Enum::name).collect(Collectors.toSet());

    @Bean
    NavigationItem riskNetworkLink() {
        return new NavigationItem("Risk network", "/network", 40, USERS);
    }

    @Bean
    HomePanel coLocationAlerts(RiskNetwork risk, Users users) {
        return new HomePanel() {
            public Set<String> roles() {
                return ALERT_RECEIVERS;
            }

            public int order() {
                return 5;
            }

            public String template() {
                return "network/panel-alerts";
            }

            public Map<String, Object> model(long userId) {
                var user = users.byId(userId).orElseThrow();
                var alerts = risk.alertsFor(user, true, 10);
                return Map.of("alerts", alerts, "names", risk.names(user, alerts.stream()
                        .flatMap(a -> Stream.of(a.childPersonId(), a.riskPersonId())).collect(Collectors.toSet())));
            }
        };
    }
}
