package haven.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.identity.Linkage;
import haven.identity.People;
import haven.support.Browser;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** As a hub worker would: find a wrong merge on a person's merges page and split it, with a reason (issue 6). */
class SplitPersonsBrowserTest extends IntegrationTest {
    @Autowired
    People people;
    @Autowired
    Linkage linkage;
    @Autowired
    Users users;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aHubWorkerSplitsAWrongMergeWithAReasonAndIsToldWhereBothPersonsAre() {
        MergedPair pair = MergedPair.create(people, linkage, users, jdbc);
        long merge = pair.mergeId();
        browser.signIn("hub.worker");

        browser.open("/people/" + pair.into());
        browser.type("reason", "Checking a merge a colleague queried").click("open-record");
        assertThat(browser.text("#person-merges")).contains("Merges into this person (1 can be split)");
        browser.click("person-merges-link").waitForUrl("/identity/persons/" + pair.into() + "/merges");
        assertThat(browser.title()).startsWith("Merges into this person");
        String movedRecord = people.record(pair.initial().recordId()).orElseThrow().sourceId();
        assertThat(browser.text("#merge-" + merge)).contains(movedRecord).contains("hub.worker")
                .contains("Same date of birth and school").contains("review " + pair.reviewId())
                .contains("Records that came in from person " + pair.from());
        assertThat(browser.has("#no-splits")).isTrue();
        browser.screenshot("identity-merges");

        browser.click("split-merge-" + merge).waitForUrl("/merges/" + merge + "/split");
        assertThat(browser.title()).startsWith("Split these persons");
        browser.click("split-persons").waitForText("There is a problem");
        assertThat(browser.text(".govuk-error-summary")).contains("Say why these persons are being split");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".govuk-error-summary a"))
                .getAttribute("href")).endsWith("#reason");
        assertThat(browser.text("#reason-error")).contains("Say why these persons are being split");
        assertThat(people.record(pair.initial().recordId()).orElseThrow().personId()).isEqualTo(pair.into());
        browser.screenshot("identity-split-error");

        browser.type("reason", "Different mothers are named on the two records: these are cousins")
                .click("split-persons").waitForUrl("split=" + merge);
        assertThat(browser.text("#split-banner")).contains("These persons are split");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("restored-person")).getAttribute("href"))
                .endsWith("/people/" + pair.from());
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("remaining-person")).getAttribute("href"))
                .endsWith("/people/" + pair.into());
        assertThat(browser.text("#split-history")).contains("Different mothers are named on the two records")
                .contains("hub.worker");
        assertThat(browser.has("#merge-" + merge)).isFalse();
        browser.screenshot("identity-split-done");
        assertThat(people.record(pair.initial().recordId()).orElseThrow().personId()).isEqualTo(pair.from());

        browser.open("/identity/reviews/" + pair.reviewId());
        assertThat(browser.text("#decided-pair")).contains("Decided: same person.").contains("The merge was split");
    }

    @Test
    void theReviewPageOfAPairDecidedTheSameLeadsToItsSplit() {
        MergedPair pair = MergedPair.create(people, linkage, users, jdbc);
        browser.signIn("sw.manager");
        browser.open("/identity/reviews/" + pair.reviewId());
        assertThat(browser.has("#record-decision")).as("no second decision on a decided pair").isFalse();
        browser.click("merges-of-pair").waitForUrl("/merges/" + pair.mergeId() + "/split");
        assertThat(browser.text("#merge-records-" + pair.mergeId())).contains("Records that came in from person "
                + pair.from());
    }
}
