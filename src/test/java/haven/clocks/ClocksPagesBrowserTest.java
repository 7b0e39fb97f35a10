package haven.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.support.Browser;
import haven.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The clocks pages in a real browser: the calculator, what is due, meeting a late deadline, the breach report. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClocksPagesBrowserTest extends IntegrationTest {

    @Autowired
    Clocks clocks;

    @Autowired
    Users users;

    @Autowired
    Clock clock;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void calculatorShowsWhenPoliceProtectionEnds() { // PP-02
        browser.signIn("police.officer").open("/clocks/calculator");
        browser.select("rule", "PP-02 – Child released from police protection or EPO obtained")
                .type("start", "2025-06-02T10:00").click("calculate");
        assertThat(browser.text("#due")).isEqualTo("Thu 5 Jun 2025 10:00");
        browser.signOut();
    }

    @Test
    void calculatorShowsTheEndOfTheWorkingDayForAReferralOverEaster() { // CP-01
        browser.signIn("hub.worker").open("/clocks/calculator?rule=CP-01&start=2025-04-17T15:00&jurisdiction=ENGLAND");
        assertThat(browser.text("#due")).isEqualTo("end of Tue 22 Apr 2025");
        browser.signOut();
    }

    @Test
    void calculatorExplainsABadStartTimeInTheErrorSummary() {
        browser.signIn("police.officer").open("/clocks/calculator?rule=PP-02&start=next+tuesday");
        assertThat(browser.text(".govuk-error-summary")).contains("is not a date and time");
        assertThat(browser.has("#start-error")).isTrue();
        browser.signOut();
    }

    @Test
    void aLateDeadlineCannotBeMarkedDoneWithoutTheReasonForTheDelay() {
        long officer = users.byUsername("police.officer").orElseThrow().id();
        DeadlineView d = clocks.open(OpenDeadline.of(RuleId.PP_02, Jurisdiction.ENGLAND, "police-protection", "browser-1",
                clock.instant().minus(Duration.ofHours(80)), officer));
        clocks.sweep();
        browser.signIn("police.officer").open("/clocks/due");
        assertThat(browser.text("#deadlines tbody tr:first-child")).contains("Overdue");
        browser.open("/clocks/deadlines/" + d.id()).click("meet");
        assertThat(browser.text(".govuk-error-summary")).contains("give the reason for the delay");
        browser.type("reasonForDelay", "Designated officer was at another incident").click("meet").waitForText("Met late");
        assertThat(browser.text("#reason")).isEqualTo("Designated officer was at another incident");
        assertThat(browser.pageText()).contains("Met late");
        browser.signOut();
    }

    @Test
    void breachReportDrawsAChartForManagers() {
        browser.signIn("police.sergeant").open("/clocks/breaches");
        assertThat(browser.has("#breach-chart svg")).isTrue();
        assertThat(browser.text("#breach-table")).contains("PP-02");
        browser.signOut();
        browser.signIn("police.officer").open("/clocks/breaches");
        assertThat(browser.has("#breach-chart")).isFalse();
        assertThat(browser.pageText()).contains("The breach report is for managers");
        browser.open("/").signOut();
    }
}
