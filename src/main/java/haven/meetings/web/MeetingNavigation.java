package haven.meetings.web;

import haven.access.Role;
import haven.access.Users;
import haven.meetings.Meetings;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Strategy discussions" link and the home panel of a supervisor's review queue. */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {
    static final Set<String> PRACTITIONERS = Role.PRACTITIONERS.stream().map(Enum::name).collect(Collectors.toSet());

    @Bean
    NavigationItem strategyDiscussionsLink() {
        return new NavigationItem("Strategy discussions", "/meetings", 30, Set.of("POLICE_OFFICER", "POLICE_SUPERVISOR",
                "SOCIAL_WORKER", "SOCIAL_WORK_MANAGER", "HUB_WORKER", "HEALTH_PRACTITIONER"));
    }

    @Bean
    HomePanel reviewQueuePanel(Meetings meetings, Users users, Clock clock) {
        return new HomePanel() {
            public Set<String> roles() {
                return PRACTITIONERS;
            }

            public int order() {
                return 6;
            }

            public String template() {
                return "meetings/panel";
            }

            public Map<String, Object> model(long userId) {
                var user = users.byId(userId).orElseThrow();
                var queue = meetings.reviewQueue(user);
                var now = clock.instant();
                return Map.of("reviews", queue, "overdue", queue.stream().filter(r -> r.overdueAt(now)).count());
            }
        };
    }
}
