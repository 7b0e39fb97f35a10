package haven.referrals.web;

import haven.access.Role;
import haven.access.Users;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import haven.referrals.Referrals;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Referrals" and "Front door dashboard" links, and the home panel of referral news and the hub queue. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {
    static final Set<Role> REFERRERS = EnumSet.of(Role.POLICE_OFFICER, Role.POLICE_SUPERVISOR, Role.CUSTODY_OFFICER,
            Role.OFFENDER_MANAGER, Role.HEALTH_PRACTITIONER, Role.SCHOOL_SAFEGUARDING_LEAD, Role.YOUTH_OFFENDING_WORKER,
            Role.SECURE_STAFF, Role.SECURE_MANAGER, Role.HEALTHCARE_LEAD);
    static final Set<Role> HUB = EnumSet.of(Role.HUB_WORKER, Role.SOCIAL_WORK_MANAGER, Role.SOCIAL_WORKER);
    static final Set<Role> DASHBOARD = EnumSet.of(Role.POLICE_SUPERVISOR, Role.SOCIAL_WORK_MANAGER, Role.HUB_WORKER,
            Role.NATIONAL_MONITOR, Role.ADMINISTRATOR, Role.HEALTH_PRACTITIONER);

    static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Bean
    NavigationItem referralsLink() {
        var roles = EnumSet.copyOf(REFERRERS);
        roles.addAll(HUB);
        return new NavigationItem("Referrals", "/referrals", 20, names(roles));
    }

    @Bean
    NavigationItem referralDashboardLink() {
        return new NavigationItem("Front door dashboard", "/referrals/dashboard", 25, names(DASHBOARD));
    }

    @Bean
    HomePanel referralNews(Referrals referrals, Users users, java.time.Clock clock) {
        var roles = EnumSet.copyOf(REFERRERS);
        roles.addAll(HUB);
        return new HomePanel() {
            public Set<String> roles() {
                return names(roles);
            }

            public int order() {
                return 5;
            }

            public String template() {
                return "referrals/panel";
            }

            public Map<String, Object> model(long userId) {
                var user = users.byId(userId).orElseThrow();
                var queue = user.hasAny(HUB) ? referrals.waitingInHub(user) : java.util.List.<haven.referrals.ReferralSummary>of();
                var now = clock.instant();
                return Map.of("notifications", referrals.inbox(userId, true), "queue", queue,
                        "overdue", queue.stream().filter(s -> s.overdueAt(now)).count());
            }
        };
    }
}
