package haven.secureestate;

import haven.platform.time.LondonTime;
import haven.secureestate.estate.Establishment;
import haven.support.Browser;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class UseOfForceBrowserTest extends IntegrationTest {

    @Autowired
    SecureEstate estate;
    @Autowired
    Clock clock;

    private static void setDateTime(Browser b, String id, LocalDateTime value) {
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value.withSecond(0).withNano(0).toString());
    }

    /** Clicks a button or link and waits until the next page has replaced this one. */
    private static void submit(Browser b, String id) {
        var page = b.driver().findElement(org.openqa.selenium.By.tagName("html"));
        b.click(id);
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    @Test
    void aMemberOfStaffRecordsAUseOfForceEndToEnd() { // SE-01, SE-03, SE-07
        Establishment hollins = estate.establishmentOfAgency("STC-HOLLINS").orElseThrow();
        String child = estate.currentPlacements(hollins.id()).get(3).childReference();
        LocalDateTime started = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(50)), LondonTime.ZONE);

        try (Browser b = new Browser(port)) {
            b.signIn("secure.staff").open("/secure-estate");
            assertThat(b.text("#establishment-name")).isEqualTo("Hollins Park Secure Training Centre");
            assertThat(b.all("#charts svg")).hasSizeGreaterThanOrEqualTo(6);
            b.screenshot("secure-estate-dashboard");

            b.clickLink("Use of force");
            submit(b, "record-use-of-force");
            submit(b, "save-use-of-force");
            assertThat(b.text(".govuk-error-summary")).contains("Select the child who was restrained")
                    .contains("Enter where the use of force happened").contains("Select at least one technique used");

            b.select("childPersonId", child).type("location", "Cedar unit association room");
            setDateTime(b, "startedAt", started);
            setDateTime(b, "endedAt", started.plusMinutes(7));
            b.click("staff-4").click("staff-5").click("reason-PREVENT_HARM_TO_OTHERS")
                    .type("deEscalation", "Two staff talked with him and offered time in the garden")
                    .click("technique-STANDING_HOLD").click("technique-WRIST_FLEXION")
                    .type("bodyWornVideoRef", "BWV-4471").type("childInjury", "Red mark on the right wrist");
            submit(b, "save-use-of-force");
            assertThat(b.text(".govuk-error-summary")).contains("immediate risk of serious physical harm").contains("SE-01");
            b.screenshot("use-of-force-refused");

            b.type("immediateRiskJustification", "He was strangling another boy and would not let go");
            submit(b, "save-use-of-force");
            assertThat(b.text("#saved-panel")).contains("Use of force recorded");
            assertThat(b.text("#child-ref")).isEqualTo(child);
            assertThat(b.text("#techniques")).contains("Wrist flexion").contains("Pain-inducing");
            assertThat(b.has("#pain-warning")).isTrue();
            assertThat(b.text("#partnership-notification")).contains("Northmere Safeguarding Children Partnership")
                    .contains("Awaiting acknowledgement");
            assertThat(b.text("#deadlines")).contains("Manager speaks to the staff and signs").contains("Not yet");
            b.screenshot("use-of-force-recorded");
            String recordPath = b.path();

            b.signOut().signIn("secure.manager").open(recordPath);
            b.type("managerReview", "Spoke to both officers; the hold was justified by the risk to the other boy");
            b.driver().findElement(org.openqa.selenium.By.xpath("//button[contains(., 'Sign the review')]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getPageSource().contains("Signed by"));
            assertThat(b.text("#deadlines")).doesNotContain("Not yet\nChild").contains("Child spoken to");
            assertThat(b.pageText()).contains("Signed by secure.manager");
            assertThat(b.driver().findElement(org.openqa.selenium.By.id("history")).getAttribute("textContent")).contains("Recorded").contains("Manager's review signed");
        }
    }
}
