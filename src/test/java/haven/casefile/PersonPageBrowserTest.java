package haven.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Browser;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** As a new user would: sign in, search, open a person, see the flags and the chronology, and see the view logged. */
class PersonPageBrowserTest extends IntegrationTest {
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** A child the demo police officer works with, who is flagged as at risk of exploitation. */
    private long[] exploitedChild() {
        var row = jdbc.sql("""
                select f.person_id from flag f join case_involvement i on i.person_id = f.person_id
                join app_user u on u.id = i.user_id
                where f.type = 'EXPLOITATION_RISK' and u.username = 'police.officer' order by f.person_id limit 1""")
                .query(Long.class).single();
        return new long[] {row};
    }

    @Test
    void anOfficerFindsAChildSeesFlagsAndChronologyAndTheViewIsLogged() {
        long child = exploitedChild()[0];
        String name = jdbc.sql("select given_names || ' ' || family_name from person_record where person_id = :p order by id limit 1")
                .param("p", child).query(String.class).single();

        browser.signIn("police.officer");
        assertThat(browser.title()).startsWith("Home");
        browser.open("/people").type("name", name).click("search");
        assertThat(browser.text("#results-heading")).contains("found");
        browser.screenshot("search-results");
        browser.open("/people/" + child);
        assertThat(browser.text("#flags")).contains("At risk of exploitation");
        assertThat(browser.text("#chronology")).contains("Missing episode");
        assertThat(browser.has("#network-drawing")).isTrue();
        assertThat(browser.text("#access-log")).contains("police.officer");
        browser.screenshot("person-page");

        browser.select("type", "Missing episode").click("filter").waitForUrl("type=MISSING_EPISODE");
        assertThat(browser.all("#chronology tbody tr")).allSatisfy(row -> assertThat(row.getText()).contains("Missing episode"));
    }

    @Test
    void anOfficerFindsSomeoneByTheStreetNameThePoliceRecordedAndSeesWhoTheyAre() {
        String street = jdbc.sql("""
                select a from person_record r, unnest(r.aliases) a where r.aliases <> '{}' and a not like '% %'
                order by a limit 1""").query(String.class).single();
        browser.signIn("police.officer");
        browser.open("/people").type("name", street).click("search");
        assertThat(browser.text("#results")).contains("also known as").contains(street);
        browser.screenshot("search-by-alias");
    }

    @Test
    void someoneNotInvolvedMustGiveAReasonAndTheSupervisorSeesTheView() {
        long child = exploitedChild()[0];
        browser.signIn("hub.worker").open("/people/" + child);
        assertThat(browser.title()).startsWith("Why do you need to open this record?");
        browser.click("open-record");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter why you need to open this record");
        browser.type("reason", "Checking history for a new referral from the school").click("open-record");
        assertThat(browser.has("#break-glass-banner")).isTrue();
        browser.screenshot("break-glass");
        browser.signOut();

        browser.signIn("sw.manager").open("/access/reviews");
        assertThat(browser.pageText()).contains("Checking history for a new referral from the school");
    }

    @Test
    void aSocialWorkerInAnotherAuthorityIsRefusedWithTheReason() {
        long child = exploitedChild()[0];
        browser.signIn("social.worker.brackenford").open("/people/" + child);
        assertThat(browser.title()).startsWith("You cannot open this");
        assertThat(browser.text("#forbidden-reason")).contains("outside the area");
    }
}
