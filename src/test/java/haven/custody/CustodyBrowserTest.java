package haven.custody;

import haven.support.Browser;
import haven.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustodyBrowserTest extends IntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Clock clock;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    /** A London wall-clock time {@code ago} before now, as a datetime-local value. */
    private String ago(Duration ago) {
        return LocalDateTime.ofInstant(clock.instant().minus(ago), LONDON).withSecond(0).withNano(0).toString();
    }

    private void setTime(String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** Waits for a page load a click started: pages here submit forms, and a busy machine makes that slow. */
    private void waitFor(String cssSelector) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(cssSelector)).isEmpty());
    }

    private void waitForPath(String regex) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.path().matches(regex));
    }

    private void signIn(String username) {
        browser.signIn(username);
        waitForPath("/(?!sign-in).*");
    }

    private void tick(String id) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    @Test
    void booksInAFifteenYearOldShowsALateAppropriateAdultRefusesAnInvalidCertificateAndClosesWithTheReferral() {
        signIn("custody.sergeant");
        browser.open("/custody/book-in");
        LocalDate dob = LocalDate.now(clock.withZone(LONDON)).minusYears(15).minusDays(40);
        browser.type("givenNames", "Kieran").type("familyName", "Demo-Walsh")
                .type("dateOfBirth-day", String.valueOf(dob.getDayOfMonth()))
                .type("dateOfBirth-month", String.valueOf(dob.getMonthValue()))
                .type("dateOfBirth-year", String.valueOf(dob.getYear()));
        tick("ageVerified");
        tick("sex-male");
        browser.select("suite", "Central custody suite").select("arrestKind", "Offence").type("offence", "Robbery");
        tick("indictable");
        tick("violentOrSexual");
        setTime("arrivedAt", ago(Duration.ofHours(10)));
        setTime("detentionAuthorisedAt", ago(Duration.ofMinutes(590)));
        browser.type("authorisedBy", "PS 2291").click("book-in");
        waitForPath("/custody/\\d+");

        assertThat(browser.path()).as(() -> browser.pageText()).matches("/custody/\\d+");
        assertThat(browser.text("#record-status")).isEqualTo("In custody");
        assertThat(browser.text("#age")).startsWith("15");
        assertThat(browser.text("#clocks")).contains("PACE-06").contains("PACE-05");

        // the appropriate adult was asked half an hour after arrival and came seven hours later
        browser.click("record-aa");
        waitFor("#name");
        browser.type("name", "Siobhan Demo-Walsh").select("role", "Parent or guardian");
        setTime("requestedAt", ago(Duration.ofMinutes(570)));
        setTime("arrivedAt", ago(Duration.ofMinutes(150)));
        browser.click("save");
        waitFor("#aa-status");
        assertThat(browser.text("#aa-status")).isEqualTo("Late");
        assertThat(browser.text("#appropriate-adult")).contains("7h 00m");

        // charged and refused bail: the child's behaviour is not a ground for keeping him at the station
        browser.click("record-transfer");
        waitFor("#chargedAt");
        setTime("chargedAt", ago(Duration.ofMinutes(60)));
        setTime("bailRefusedAt", ago(Duration.ofMinutes(50)));
        browser.type("decidedBy", "PS 2291").select("ground", "Impracticable")
                .select("impracticabilityReason", "Child behaviour").type("explanation", "Aggressive in the cell");
        browser.click("save");
        waitFor(".govuk-error-summary");
        assertThat(browser.text(".govuk-error-summary")).contains("PACE-08").contains("behaviour")
                .contains("transport and travel only");
        browser.select("ground", "Transfer").click("save");
        waitFor("#transfer");
        assertThat(browser.text("#transfer")).contains("Transfer to local authority accommodation")
                .contains("PACE-08");

        // the record cannot close without a referral, and closes with one
        browser.click("record-close");
        waitFor("#closedAt");
        setTime("closedAt", ago(Duration.ofMinutes(5)));
        browser.select("outcome", "Transferred to local authority");
        browser.click("save");
        waitFor(".govuk-error-summary");
        assertThat(browser.text(".govuk-error-summary")).contains("referred to children's social care");
        setTime("closedAt", ago(Duration.ofMinutes(5)));
        browser.type("referralReference", "PPN-2025-0042");
        setTime("referralMadeAt", ago(Duration.ofMinutes(15)));
        browser.click("save");
        waitFor("#referral");
        assertThat(browser.text("#record-status")).isEqualTo("Closed");
        assertThat(browser.text("#referral")).contains("PPN-2025-0042");
        browser.screenshot("custody-record-closed");

        browser.open("/custody");
        waitFor("#figures");
        assertThat(browser.text("#figures")).contains("Children booked in");
        assertThat(browser.has("#monthly-chart svg")).isTrue();
    }

    @Test
    void warnsWhenAnArrestForABailBreachIsPlannedForTheEvening() { // PACE-11
        signIn("police.sergeant");
        browser.open("/custody/plan-breach-arrest");
        String evening = LocalDate.now(clock.withZone(LONDON)).plusDays(1) + "T18:30";
        browser.type("childPersonId", "1").select("kind", "Breach of bail");
        setTime("plannedFor", evening);
        browser.click("check");
        waitFor("#warning");
        assertThat(browser.text("#warning")).contains("PACE-11").contains("night in a cell");
        setTime("plannedFor", LocalDate.now(clock.withZone(LONDON)).plusDays(1) + "T09:30");
        browser.click("check");
        waitFor("#no-warning");
        assertThat(browser.has("#warning")).isFalse();
        assertThat(browser.has("#no-warning")).isTrue();
    }

    @Test
    void refusesAPoliceStationAsPlaceOfSafetyWithoutAReasonAndRaisesTheMoveTask() { // PP-03
        signIn("police.sergeant");
        browser.open("/protection/new");
        browser.type("givenNames", "Maisie").type("familyName", "Demo-Price").type("takenBy", "PC 4471")
                .type("whereFound", "Bus station").type("grounds", "Aged 7, alone at night, mother not found")
                .select("power", "Removed to accommodation").select("placeOfSafety", "Police station")
                .type("laWhereFound", "Ashvale").type("laWhereLives", "Ashvale");
        setTime("takenAt", ago(Duration.ofHours(1)));
        browser.click("save");
        waitFor(".govuk-error-summary");
        assertThat(browser.text(".govuk-error-summary")).contains("PP-03").contains("exceptional");
        browser.type("exceptionalReason", "No foster placement until the morning");
        setTime("takenAt", ago(Duration.ofHours(1)));
        browser.click("save");
        waitForPath("/protection/\\d+");
        assertThat(browser.text("#clocks")).contains("Move the child to local authority accommodation")
                .contains("PP-08").contains("PP-02");
    }

    @Test
    void showsThePoliceProtectionRegister() {
        signIn("police.sergeant");
        browser.open("/protection");
        assertThat(browser.text("h1")).isEqualTo("Police protection register");
        assertThat(Integer.parseInt(browser.text("#pp-cases"))).isGreaterThan(0);
        browser.open("/");
        waitFor("#main-content");
        assertThat(browser.text("#children-in-police-protection")).contains("PP-");
    }
}
