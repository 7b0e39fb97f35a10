package haven.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.Browser;
import haven.support.IntegrationTest;
import haven.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** As an administrator would: add a member of staff, correct a mistake, disable the account; each change kept with why. */
class StaffAdministrationBrowserTest extends IntegrationTest {
    private static final String FIRST_PASSWORD = "first-password-for-a-new-starter";
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
    void anAdministratorAddsAMemberOfStaffWhoCanSignInUntilTheAccountIsDisabled() {
        browser.signIn("admin").open("/admin/staff");
        assertThat(browser.text("#staff")).contains("police.officer");
        browser.click("add-staff").waitForUrl("/admin/staff/new");

        browser.click("save-staff").waitForText("There is a problem");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the member of staff's name")
                .contains("Choose the agency they work for").contains("Choose at least one role")
                .contains("Enter a password of at least 12 characters").contains("Say why");
        browser.screenshot("staff-add-errors");

        browser.type("displayName", "Duty social worker, Ashvale MASH").type("username", "mash.duty")
                .select("agency", "Ashvale Children's Services")
                .type("password", FIRST_PASSWORD).type("reason", "New starter in the MASH team, vetting checked");
        browser.driver().findElement(org.openqa.selenium.By.id("role-HUB_WORKER")).click();
        browser.click("save-staff").waitForUrl("done=added");
        assertThat(browser.text("#done-banner")).contains("The account is added");
        assertThat(browser.text("#current-roles")).contains("Safeguarding hub worker");
        assertThat(browser.text("#changes")).contains("New starter in the MASH team").contains("admin");
        String account = browser.path();

        var newStarter = new Browser(port);
        try {
            newStarter.open("/sign-in").type("username", "mash.duty").type("password", FIRST_PASSWORD).click("sign-in");
            assertThat(newStarter.path()).isNotEqualTo("/sign-in");
            assertThat(newStarter.pageText()).contains("Signed in as mash.duty").contains("Records to match");
        } finally {
            newStarter.close();
        }

        browser.open(account);
        browser.driver().findElement(org.openqa.selenium.By.id("role-HUB_WORKER")).click();
        browser.type("roles-reason", "Moving to the assessment team").click("save-roles").waitForText("There is a problem");
        assertThat(browser.text("#roles-roles-error")).contains("Choose at least one role");
        browser.driver().findElement(org.openqa.selenium.By.id("role-HUB_WORKER")).click();
        browser.driver().findElement(org.openqa.selenium.By.id("role-SOCIAL_WORKER")).click();
        browser.type("roles-reason", "Moving to the assessment team").click("save-roles").waitForUrl("done=roles");
        assertThat(browser.text("#current-roles")).isEqualTo("Social worker");
        assertThat(browser.text("#changes")).contains("from Safeguarding hub worker to Social worker");

        browser.click("toggle-enabled").waitForText("There is a problem");
        assertThat(browser.text("#status-reason-error")).contains("Say why");
        browser.type("status-reason", "Left the MASH team on 30 November").click("toggle-enabled").waitForUrl("done=disabled");
        assertThat(browser.text("#account-state")).contains("Disabled");
        assertThat(browser.text("#changes")).contains("Disabled").contains("Left the MASH team on 30 November");
        browser.screenshot("staff-account");

        var refused = new Browser(port);
        try {
            refused.open("/sign-in").type("username", "mash.duty").type("password", FIRST_PASSWORD).click("sign-in");
            assertThat(refused.path()).isEqualTo("/sign-in");
        } finally {
            refused.close();
        }
    }

    @Test
    void onlyAdministratorsReachTheStaffPages() {
        assertThat(WebSession.signIn(port, "police.sergeant").get("/admin/staff").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(port, "sw.manager").get("/admin/staff/new").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(port, "admin").get("/admin/staff").statusCode()).isEqualTo(200);
    }
}
