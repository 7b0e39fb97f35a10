package haven.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driving Haven's pages as a
 * person would. One browser per test class; {@link #close()} ends it.
 */
public final class Browser implements AutoCloseable {
    private final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            profile = Files.createTempDirectory("haven-chromium");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1800", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username) {
        open("/sign-in");
        type("username", username);
        type("password", IntegrationTest.PASSWORD);
        click("sign-in");
        // the click returns before the next page has loaded
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !java.net.URI.create(d.getCurrentUrl()).getPath().equals("/sign-in"));
        return this;
    }

    public Browser signOut() {
        driver.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        return this;
    }

    public Browser type(String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    public Browser click(String id) {
        return afterLoading(() -> driver.findElement(By.id(id)).click());
    }

    public Browser clickLink(String text) {
        return afterLoading(() -> driver.findElement(By.linkText(text)).click());
    }

    /**
     * Clicks and, when the click loads a new page, waits until the old page is gone, so a
     * test never reads the page it is leaving. A click that loads nothing waits 3 seconds.
     */
    private Browser afterLoading(Runnable click) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        click.run();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> gone(oldPage));
        } catch (org.openqa.selenium.TimeoutException stayedOnThePage) {
            // the click changed the page in place (or not at all)
        }
        return this;
    }

    /**
     * True once the element has left the document. Chromium reports a node of a page being replaced either as a stale
     * element or, in the moment between, as an inspector error saying the node does not belong to the document.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits (up to ten seconds) until the address contains {@code fragment}, after a click that loads a page. */
    public Browser waitForUrl(String fragment) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(fragment));
        return this;
    }

    /** Waits (up to ten seconds) until the page shows {@code text}, after a click that loads a page. */
    public Browser waitForText(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    public boolean has(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    public java.util.List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
