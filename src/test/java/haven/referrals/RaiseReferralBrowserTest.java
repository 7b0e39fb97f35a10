package haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Browser;
import haven.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A police officer tries to send a referral without the child's voice, is told which field, then sends it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaiseReferralBrowserTest extends IntegrationTest {
    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private long child() {
        return jdbc.sql("""
                select distinct r.person_id from person_record r
                join link k on k.from_record = r.id and k.type = 'LIVES_AT' and k.ended_at is null and k.valid_to is null
                join location l on l.id = k.to_location
                where l.area_code = 'LA-ASH' and r.date_of_birth > current_date - interval '16 years'
                order by r.person_id offset 7 limit 1""").query(Long.class).single();
    }

    @Test
    void refusesAReferralWithoutTheChildsVoiceThenSendsItWithIt() {
        browser.signIn("police.officer").open("/referrals/new?child=" + child());
        assertThat(browser.title()).startsWith("Raise a referral");
        browser.click("categories")
                .type("whatHappened", "Officers attended at 22:10 after a neighbour reported shouting; the mother had a cut lip"
                        + " and the child was in the kitchen in night clothes.")
                .type("demeanour", "Quiet, flinched when the door slammed")
                .click("consent")
                .click("noOtherChildren")
                .click("send-referral");

        assertThat(browser.has(".govuk-error-summary")).isTrue();
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the child's own words and views");
        assertThat(browser.all(".govuk-error-summary a").get(0).getAttribute("href")).endsWith("#childsVoice");
        assertThat(browser.text("#childsVoice-error")).contains("child's own words");
        assertThat(browser.path()).isEqualTo("/referrals");
        browser.screenshot("referral-refused-without-voice");

        browser.type("childsVoice", "\"I hide in my room when they shout. I want my mum to be safe.\"").click("send-referral");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().matches("/referrals/\\d+"));

        assertThat(browser.has(".govuk-error-summary")).as(browser.pageText()).isFalse();
        assertThat(browser.text("#sent-banner")).contains("sent to Ashvale Children's Services");
        assertThat(browser.text("#childs-voice")).contains("I hide in my room");
        assertThat(browser.text("#quality")).startsWith("6 of 6");
        browser.screenshot("referral-sent");
        browser.signOut();
    }

    @Test
    void theHubDecidesAndThePagesOfTheFrontDoorAndMeetingsOpen() {
        long undecided = jdbc.sql("""
                select r.id from referral r join agency a on a.id = r.la_agency_id
                where a.code = 'LA-ASH' and not exists (select 1 from referral_decision d where d.referral_id = r.id)
                order by r.id limit 1""").query(Long.class).single();
        browser.signIn("hub.worker").open("/referrals");
        assertThat(browser.has("#hub-queue")).isTrue();
        browser.open("/referrals/" + undecided).click("outcome").click("record-decision");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the reason for no further action");
        browser.click("outcome").type("reason", "Single incident; the family accepted support from their GP");
        if (browser.has("#reasonForDelay")) {
            browser.type("reasonForDelay", "Hub short of staff; referrals triaged by risk");
        }
        browser.click("record-decision");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has(".decision-outcome"));
        assertThat(browser.text(".decision-outcome")).isEqualTo("No further action");
        browser.screenshot("referral-decided");
        browser.open("/referrals/dashboard");
        assertThat(browser.text("#sent-count")).isNotBlank();
        assertThat(browser.has("svg.haven-chart")).isTrue();
        browser.screenshot("front-door-dashboard");
        browser.open("/meetings");
        assertThat(browser.pageText()).contains("Late: not held");
        browser.all("#discussions a").get(0).click();
        assertThat(browser.title()).startsWith("Strategy discussion");
        browser.screenshot("strategy-discussion");
        browser.open("/meetings/delays");
        assertThat(browser.text("#delays")).contains("CP-02");
        browser.open("/");
        assertThat(browser.has("#referral-panel")).isTrue();
        browser.signOut();

        String reviewer = jdbc.sql("""
                select u.username from supervisor_review r join app_user u on u.id = r.reviewer_user_id
                where r.reviewed_at is null order by r.id limit 1""").query(String.class).single();
        browser.signIn(reviewer).open("/meetings/reviews");
        assertThat(browser.title()).startsWith("Supervisor review queue");
        assertThat(browser.has("#no-reviews")).isFalse();
        browser.open("/");
        assertThat(browser.has("#review-panel")).as(browser.pageText()).isTrue();
        browser.signOut();
    }
}
