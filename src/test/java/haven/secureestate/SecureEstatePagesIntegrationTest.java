package haven.secureestate;

import haven.secureestate.estate.Establishment;
import haven.support.IntegrationTest;
import haven.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every secure-estate and workforce page renders for the roles that use it, and bad form input is named, never a 500. */
class SecureEstatePagesIntegrationTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    SecureEstate estate;

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " status").isEqualTo(200);
        assertThat(r.body()).as(r.uri().toString()).doesNotContain("Sorry, there is a problem");
        return r.body();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void theRegistersRenderForTheCentresManager() {
        Establishment e = estate.establishmentOfAgency("STC-HOLLINS").orElseThrow();
        String base = "/secure-estate/" + e.id();
        WebSession manager = WebSession.signIn(port, "secure.manager");
        assertThat(manager.get("/secure-estate").headers().firstValue("Location").orElse("")).endsWith(base);
        assertThat(ok(manager.get(base))).contains("What an inspector would act on").contains("<svg");
        ok(manager.get(base + "/use-of-force"));
        ok(manager.get(base + "/use-of-force/new"));
        String searches = ok(manager.get(base + "/searches"));
        String separations = ok(manager.get(base + "/separations"));
        ok(manager.get(base + "/time-out-of-room"));
        ok(manager.get(base + "/time-out-of-room?day=not-a-date"));
        ok(manager.get(base + "/staffing"));
        ok(manager.get(base + "/health"));
        ok(manager.get("/workforce/" + e.id()));
        ok(manager.get("/"));

        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(base) + "/separations/[0-9a-f-]{36})\"").matcher(separations);
        if (link.find()) {
            ok(manager.get(link.group(1)));
        }

        // a strip search without its safeguards is refused with each field named (SE-07)
        String bad = ok(manager.postForm(base + "/searches", "_csrf=" + csrf(searches) + "&kind=STRIP&conductedAt=2026-13-45T99:00"));
        assertThat(bad).contains("govuk-error-summary").contains("Enter a real date and time")
                .contains("Enter the risk assessment made before the search").contains("Select the manager who authorised the search");

        String staffing = ok(manager.get(base + "/staffing"));
        String badShift = ok(manager.postForm(base + "/staffing", "_csrf=" + csrf(staffing) + "&unitId=" + e.units().get(0).id()
                + "&shiftDay=2026-11-29&shift=LATE&planned=three&actual=1&children=6"));
        assertThat(badShift).contains("Enter a whole number, 0 or more");
    }

    @Test
    void theMonitorSeesTheNationalReportAndThePartnershipAcknowledges() {
        WebSession monitor = WebSession.signIn(port, "national.monitor");
        assertThat(ok(monitor.get("/secure-estate"))).contains("Fernside Secure Children").contains("Hollins Park");
        assertThat(ok(monitor.get("/secure-estate/national-report"))).contains("Download PDF (public version)");
        assertThat(monitor.get("/secure-estate/national-report.pdf?version=restricted").statusCode()).isEqualTo(200);
        ok(monitor.get("/workforce/concerns"));

        WebSession partnership = WebSession.signIn(port, "partnership.lead");
        String inbox = ok(partnership.get("/secure-estate/partnership-notifications"));
        assertThat(partnership.get("/secure-estate/national-report").statusCode()).isEqualTo(403);
        Matcher ack = Pattern.compile("action=\"(/secure-estate/partnership-notifications/[0-9a-f-]{36}/acknowledge)\"").matcher(inbox);
        if (ack.find()) {
            var r = partnership.postForm(ack.group(1), "_csrf=" + csrf(inbox));
            assertThat(r.statusCode()).isEqualTo(302);
        }
    }

    @Test
    void aConcernIsRaisedInConfidenceAndFollowedUpWithItsReference() {
        WebSession staff = WebSession.signIn(port, "home.staff");
        String page = ok(staff.get("/whistleblowing"));
        String empty = ok(staff.postForm("/whistleblowing", "_csrf=" + csrf(page) + "&concern="));
        assertThat(empty).contains("Describe your concern");
        String raised = ok(staff.postForm("/whistleblowing", "_csrf=" + csrf(page) + "&concern="
                + URLEncoder.encode("A manager tells staff not to write up restraints", StandardCharsets.UTF_8)));
        Matcher ref = Pattern.compile("id=\"reference\">(WB-[A-Z0-9-]+)<").matcher(raised);
        assertThat(ref.find()).isTrue();
        String thread = ok(staff.postForm("/whistleblowing/follow-up", "_csrf=" + csrf(raised) + "&reference=" + ref.group(1)));
        assertThat(thread).contains("A manager tells staff not to write up restraints");
        assertThat(staff.get("/workforce/concerns").statusCode()).isEqualTo(403);
    }
}
