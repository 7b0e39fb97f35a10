package haven;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Role;
import haven.access.Users;
import haven.support.Api;
import haven.support.IntegrationTest;
import haven.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requests every page and every API read as one user of every role: nothing answers with a
 * server error, anonymous callers are turned away, and the doors that matter open only for
 * the roles that should pass them.
 */
class AuthorizationIntegrationTest extends IntegrationTest {
    @Autowired
    Users users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every GET path the application serves, with path variables filled by a real demo id. */
    private List<String> everyGetPath() {
        long person = jdbc.sql("select person_id from case_involvement order by person_id limit 1").query(Long.class).single();
        long location = jdbc.sql("select id from location order by id limit 1").query(Long.class).single();
        var paths = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!get) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/") || pattern.contains("swagger")) {
                    continue;
                }
                String path = pattern.replace("{id}", pattern.startsWith("/locations") ? String.valueOf(location) : String.valueOf(person))
                        .replaceAll("\\{[^}]+}", "1");
                paths.add(path);
            }
        });
        return new ArrayList<>(paths);
    }

    /** One demo user for each role. */
    private Map<Role, String> oneUserPerRole() {
        var byRole = new java.util.EnumMap<Role, String>(Role.class);
        for (var u : users.all()) {
            for (var r : u.roles()) {
                byRole.putIfAbsent(r, u.username());
            }
        }
        return byRole;
    }

    @Test
    void noPageOrApiReadAnswersWithAServerErrorForAnyRole() {
        var failures = new ArrayList<String>();
        var paths = everyGetPath();
        assertThat(paths).contains("/people", "/people/{id}".replace("{id}", paths.stream()
                .filter(p -> p.matches("/people/\\d+")).findFirst().orElse("/people/0").substring(8)));
        for (var entry : oneUserPerRole().entrySet()) {
            if (entry.getKey() == Role.SYSTEM_CLIENT) {
                continue;
            }
            var session = WebSession.signIn(port, entry.getValue());
            var api = Api.asUser(port, entry.getValue());
            for (String path : paths) {
                int status = path.startsWith("/api/") ? api.get(path).statusCode() : session.get(path).statusCode();
                if (status >= 500) {
                    failures.add(entry.getKey() + " " + path + " -> " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anonymousCallersAreSentToSignInOrRefused() {
        var anonymousPage = Api.anonymous(port);
        for (String path : everyGetPath()) {
            int status = anonymousPage.get(path).statusCode();
            if (path.startsWith("/api/")) {
                assertThat(status).as(path).isEqualTo(401);
            } else if (!Set.of("/sign-in", "/whistleblowing").contains(path)) {
                assertThat(status).as(path).isIn(302, 401);
            }
        }
    }

    @Test
    void personRecordsOpenOnlyForPractitionersAndBreakGlassReviewsOnlyForSupervisors() {
        long involvedChild = jdbc.sql("""
                select i.person_id from case_involvement i join app_user u on u.id = i.user_id
                where u.username = 'social.worker' order by i.person_id limit 1""").query(Long.class).single();
        for (var entry : oneUserPerRole().entrySet()) {
            Role role = entry.getKey();
            if (role == Role.SYSTEM_CLIENT) {
                continue;
            }
            var session = WebSession.signIn(port, entry.getValue());
            int person = session.get("/people/" + involvedChild).statusCode();
            if (Role.PRACTITIONERS.contains(role)) {
                assertThat(person).as(role + " opening a person in their force area").isEqualTo(200);
            } else {
                assertThat(person).as(role + " opening a person").isEqualTo(403);
            }
            int reviews = session.get("/access/reviews").statusCode();
            boolean supervisor = Role.SUPERVISORS.contains(role) || users.byUsername(entry.getValue()).orElseThrow().hasAny(Role.SUPERVISORS);
            assertThat(reviews).as(role + " opening the review queue").isEqualTo(supervisor ? 200 : 403);
        }
    }

    @Test
    void onlyAgencySystemsAndAdministratorsImportExtracts() {
        assertThat(Api.asUser(port, "social.worker").get("/api/v1/imports/1").statusCode()).isEqualTo(403);
        assertThat(Api.withToken(port, API_TOKEN).get("/api/v1/imports/999999").statusCode()).isEqualTo(404);
        assertThat(Api.withToken(port, "not-a-real-token").get("/api/v1/imports/1").statusCode()).isEqualTo(401);
    }
}
