package haven.network.risk;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.RecordRegistered;
import haven.identity.Sex;
import haven.network.Network;
import haven.platform.demo.DemoArea;
import haven.support.Browser;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A practitioner uses the risk network pages in a real browser: the drawing, its table, restricted people, hotspots and alerts. */
class NetworkBrowserTest extends IntegrationTest {
    @Autowired People people;
    @Autowired Network network;
    @Autowired Flags flags;
    @Autowired Users users;
    @Autowired AccessPolicy access;

    SmallGraph g;
    RecordRegistered child;
    RecordRegistered mother;
    RecordRegistered partner;
    long home;
    Browser browser;

    @BeforeEach
    void graph() {
        g = new SmallGraph(people, network, flags, users);
        child = g.person("LA-ASH", "Freya", "Dunmore", 5, Sex.FEMALE);
        mother = g.person("LA-ASH", "Stacey", "Dunmore", 27, Sex.FEMALE);
        partner = g.person(DemoArea.POLICE, "Kieron", "Platt", 34, Sex.MALE);
        var sealed = g.person("LA-ASH", "Alfie", "Renshaw", 3, Sex.MALE);
        home = g.place("8 Bobbin Mill Lane", "LA-ASH");
        g.flag(partner.personId(), FlagType.REGISTERED_SEX_OFFENDER);
        access.involve(users.byUsername("offender.manager").orElseThrow().id(), partner.personId(), "Offender manager");
        access.involve(users.byUsername("social.worker").orElseThrow().id(), child.personId(), "Allocated social worker");
        access.seal(sealed.personId(), "Adopted: former identity", "test");
        g.link(g.personLink("PARENT", mother, child), g.placeLink("LIVES_AT", mother, home), g.placeLink("LIVES_AT", child, home),
                g.personLink("SIBLING", child, sealed), g.personLink("PARTNER", mother, partner),
                g.placeLink("LIVES_AT", partner, home));
        browser = new Browser(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** Follows a link by its text and waits for the next page. */
    private void follow(String linkText) {
        var old = browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
        browser.clickLink(linkText);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    }

    /** Submits with the button and waits for the next page, so no check reads the page being left. */
    private void submit(String buttonId) {
        var old = browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
        browser.click(buttonId);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    }

    @Test
    void socialWorkerSeesTheChildsNetworkDrawnAndTabledWithTheFlaggedAdultMarkedAndTheSealedSiblingRestricted() {
        browser.signIn("social.worker").open("/network/people/" + child.personId());
        assertThat(browser.text("#network-root")).isEqualTo("Freya Dunmore");
        assertThat(browser.has("svg#network-drawing")).isTrue();
        assertThat(browser.all("svg#network-drawing g.haven-node--flagged")).isNotEmpty();
        assertThat(browser.text("#network-table")).contains("Stacey Dunmore").contains("Kieron Platt")
                .contains("Registered sex offender").contains("Restricted").doesNotContain("Alfie");
        assertThat(browser.text("#person-alerts")).contains("Lives or stays at the same address");
        browser.screenshot("network-person");

        browser.type("hops", "1");
        submit("show-network");
        assertThat(browser.text("#network-table")).contains("Stacey Dunmore").doesNotContain("Kieron Platt");

        browser.type("hops", "nine");
        submit("show-network");
        assertThat(browser.text(".govuk-error-summary")).contains("Hops must be a whole number from 1 to 3");

        browser.open("/network/people/" + child.personId());
        follow("8 Bobbin Mill Lane " + g.run + ", NV1 " + postcodeDigit() + "AB");
        assertThat(browser.path()).isEqualTo("/network/locations/" + home);
        assertThat(browser.text("#network-table")).contains("Freya Dunmore").contains("Kieron Platt");
    }

    private String postcodeDigit() {
        return jdbc.sql("select substr(postcode, 5, 1) from location where id = :id").param("id", home).query(String.class).single();
    }

    @Test
    void offenderManagerFindsTheAlertOnTheHomePageAndAcknowledgesIt() {
        browser.signIn("offender.manager");
        assertThat(browser.text("#co-location-alerts-panel")).contains("Kieron Platt and Freya Dunmore");
        follow("Kieron Platt and Freya Dunmore: Lives or stays at the same address as the child");
        assertThat(browser.text("#alert-reason")).isEqualTo("Lives or stays at the same address as the child");
        assertThat(browser.text("#alert-causes")).contains("Lives at").contains("Registered sex offender");
        assertThat(browser.text("#alert-recipients")).contains("offender.manager").contains("social.worker");
        browser.screenshot("network-alert");

        submit("acknowledge");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter what you have done");
        browser.type("note", "Visited with police; he has moved out tonight.");
        submit("acknowledge");
        assertThat(browser.text("#alert-status")).isEqualTo("Acknowledged");
        assertThat(browser.text("#alert-actions")).contains("he has moved out tonight");
    }

    @Test
    void policeOfficerFindsTheHotspotsPageAndCorrectsABadWindow() {
        browser.signIn("police.officer").open("/");
        follow("Risk network");
        assertThat(browser.path()).isEqualTo("/network");
        submit("link-hotspots");
        assertThat(browser.title()).startsWith("Hotspots");
        browser.type("days", "soon");
        submit("show-hotspots");
        assertThat(browser.text(".govuk-error-summary")).contains("Days must be a whole number");
        browser.type("days", "365").type("minChildren", "2");
        submit("show-hotspots");
        assertThat(browser.driver().getCurrentUrl()).contains("days=365");
        assertThat(browser.pageText()).doesNotContain("There is a problem").contains("Hotspots");
    }
}
