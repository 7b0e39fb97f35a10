package haven.clocks.web;

import haven.access.Role;
import haven.clocks.Clocks;
import haven.clocks.DeadlineView;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "What is due" and "Breach report" links, and the home panel of a user's own deadlines. */
@Configuration(proxyBeanMethods = false)
class ClocksNavigation {

    private static final Set<String> PRACTITIONERS = Role.PRACTITIONERS.stream().map(Enum::name).collect(Collectors.toSet());

    @Bean
    NavigationItem whatIsDue() {
        return new NavigationItem("What is due", "/clocks/due", 20, PRACTITIONERS);
    }

    @Bean
    NavigationItem breachReport() {
        Set<Role> roles = EnumSet.copyOf(DeadlineAccess.AGENCY_WIDE);
        roles.addAll(DeadlineAccess.NATIONAL);
        return new NavigationItem("Breach report", "/clocks/breaches", 80,
                roles.stream().map(Enum::name).collect(Collectors.toSet()));
    }

    @Bean
    HomePanel myDeadlines(Clocks clocks, Clock clock) {
        return new HomePanel() {
            public Set<String> roles() {
                return PRACTITIONERS;
            }

            public int order() {
                return 5;
            }

            public String template() {
                return "clocks/panel-due";
            }

            public Map<String, Object> model(long userId) {
                Instant now = clock.instant();
                List<DeadlineView> open = clocks.dueForUser(userId);
                List<Map<String, Object>> top = open.stream().limit(5)
                        .map(d -> Map.<String, Object>of("id", d.id(), "label", d.rule().code() + " " + d.title(),
                                "due", d.describeDue(), "overdue", d.isOverdueAt(now)))
                        .toList();
                List<Map<String, Object>> escalated = clocks.escalatedTo(userId).stream().limit(5)
                        .map(d -> Map.<String, Object>of("id", d.id(), "label", d.rule().code() + " " + d.title(),
                                "due", d.describeDue(), "overdue", d.isOverdueAt(now)))
                        .toList();
                return Map.of("deadlines", top, "open", open.size(),
                        "overdue", open.stream().filter(d -> d.isOverdueAt(now)).count(), "escalated", escalated);
            }
        };
    }
}
