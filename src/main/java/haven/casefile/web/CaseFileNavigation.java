package haven.casefile.web;

import haven.access.AccessPolicy;
import haven.access.Role;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.platform.web.HomePanel;
import haven.platform.web.NavigationItem;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Find a person" link and the home panel listing the children a user works with. */
@Configuration(proxyBeanMethods = false)
class CaseFileNavigation {
    static final Set<String> PRACTITIONERS = Role.PRACTITIONERS.stream().map(Enum::name).collect(Collectors.toSet());

    @Bean
    NavigationItem findAPerson() {
        return new NavigationItem("Find a person", "/people", 10, PRACTITIONERS);
    }

    @Bean
    HomePanel myCases(AccessPolicy policy, People people) {
        return new HomePanel() {
            public Set<String> roles() {
                return PRACTITIONERS;
            }

            public int order() {
                return 10;
            }

            public String template() {
                return "casefile/panel-my-cases";
            }

            public Map<String, Object> model(long userId) {
                var ids = policy.involvedIn(userId);
                return Map.of("cases", people.summaries(ids).stream()
                        .sorted(java.util.Comparator.comparing(PersonMatch::name)).toList());
            }
        };
    }
}
