package haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Browser;
import haven.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** As a hub worker would: open the records to match, compare a pair side by side, and decide. */
class ReviewQueueBrowserTest extends IntegrationTest {
    @Autowired
    People people;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition);
    }

    private long uncertainPair() {
        List<Long> agencies = jdbc.sql("select id from agency order by id limit 2").query(Long.class).list();
        String family = "Brightwater" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36)
                .replaceAll("[0-9]", "");
        long a = people.register(new PersonRecordDraft(agencies.get(0), "RiO", UUID.randomUUID().toString(), "Maisie",
                family, List.of(), LocalDate.parse("2014-03-09"), Sex.FEMALE, null, null, null, null, null, null, false,
                "Children Act 2004 s11"), "browser-test", "test").recordId();
        long b = people.register(new PersonRecordDraft(agencies.get(1), "Niche", UUID.randomUUID().toString(), "M",
                family, List.of(), LocalDate.parse("2014-03-09"), Sex.FEMALE, null, null, null, null, null, null, false,
                "Children Act 2004 s11"), "browser-test", "test").recordId();
        return jdbc.sql("select id from match_review where left_record_id = :l and right_record_id = :r")
                .param("l", Math.min(a, b)).param("r", Math.max(a, b)).query(Long.class).single();
    }

    @Test
    void aHubWorkerComparesAnUncertainPairSideBySideAndDecidesWithAReason() {
        long review = uncertainPair();
        browser.signIn("hub.worker");
        waitFor(ExpectedConditions.titleContains("Home"));
        browser.open("/identity/reviews");
        assertThat(browser.title()).startsWith("Records to match");
        browser.click("open-review-" + review).waitForUrl("/identity/reviews/" + review);
        assertThat(browser.title()).startsWith("Are these the same person?");
        assertThat(browser.text("#records-side-by-side")).contains("Maisie").contains("9 Mar 2014")
                .contains("Lives at now");
        assertThat(browser.text("#field-contributions")).contains("forename").contains("initial only")
                .contains("date of birth");
        browser.screenshot("identity-review");

        browser.click("record-decision");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(browser.text(".govuk-error-summary")).contains("Choose whether these records are the same person");

        browser.click("decision-SAME").type("reason", "Same date of birth and school; the police record has her initial")
                .click("record-decision").waitForUrl("decided=" + review);
        assertThat(browser.has("#decided")).isTrue();
        assertThat(jdbc.sql("select status from match_review where id = :id").param("id", review)
                .query(String.class).single()).isEqualTo("SAME");
        assertThat(jdbc.sql("select decided_by from identity_decision where review_id = :id").param("id", review)
                .query(String.class).single()).isEqualTo("hub.worker");
    }
}
