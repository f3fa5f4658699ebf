package org.medvocab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.serve.VocabService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser in a real browser: Debian's chromium, headless, driven by chromium-driver through Selenium WebDriver,
 * against a real server. Skipped with a message when no browser is installed, except under CI (CI=true), where that
 * fails. Screenshots go to {@code target/screenshots}.
 */
class BrowserUiTest {

    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir static Path tmp;
    static VocabService service;
    static WebDriver driver;
    static String base;

    @BeforeAll static void start() throws IOException {
        String browser = firstExisting(BROWSERS, "CHROME_BIN");
        String chromedriver = firstExisting(DRIVERS, "CHROMEDRIVER");
        if (browser == null || chromedriver == null) {
            String msg = "no browser for the real-browser tests: install Debian's chromium and chromium-driver "
                + "(apt-get install -y chromium chromium-driver), or set CHROME_BIN and CHROMEDRIVER";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
            assumeTrue(false, msg);
        }
        service = WebServer.start(tmp);
        base = service.server().baseUrl();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"), "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", tmp.resolve("downloads").toString()));
        ChromeDriverService driverService = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (service != null) service.close();
        }
    }

    private static String firstExisting(List<String> paths, String env) {
        String e = System.getenv(env);
        if (e != null && Files.isExecutable(Path.of(e))) return e;
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static void shot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test void searchPickSuggestionFollowBroaderOpenTreeSwitchToTurtle() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base + "/");
        assertEquals("medvocab medical devices and conditions vocabulary", driver.findElement(By.tagName("h1")).getText());
        shot("1-home");

        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("infus");
        WebElement suggestion = waiting().until(ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//ul[@id='suggestions']//a[starts-with(normalize-space(.), 'infusion pump')]")));
        assertEquals("true", q.getAttribute("aria-expanded"));
        shot("2-autocomplete");
        suggestion.click();

        waiting().until(ExpectedConditions.urlContains("/vocab/infusion-pump"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("infusion pump"));
        WebElement picture = driver.findElement(By.cssSelector("figure.neighbourhood svg"));
        assertTrue(picture.isDisplayed(), "the neighbourhood picture");
        shot("3-concept");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", picture);
        shot("3b-neighbourhood");

        driver.findElement(By.cssSelector("ul.broader a")).click();
        waiting().until(ExpectedConditions.urlContains("/vocab/pump-apparatus"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("pump (apparatus)"));
        shot("4-parent");

        driver.findElement(By.linkText("Show in the hierarchy")).click();
        waiting().until(ExpectedConditions.urlContains("/tree"));
        WebElement focus = driver.findElement(By.id("node-focus"));
        assertTrue(focus.getText().startsWith("pump (apparatus)"), focus.getText());
        WebElement closed = driver.findElement(By.xpath("//details[not(@open)]/summary[a[normalize-space(.)='condition']]"));
        closed.click();
        WebElement details = closed.findElement(By.xpath(".."));
        assertTrue(details.getAttribute("open") != null, "the branch opened");
        assertTrue(details.findElement(By.linkText("hemolysis")).isDisplayed(), "its narrower concepts show");
        shot("5-tree");

        driver.get(base + "/vocab/infusion-pump");   // the definitions come in the store's order: pick the one meant
        driver.findElement(By.xpath("//li[p[@class='def' and starts-with(normalize-space(.), 'a programmable device')]]"
            + "//a[normalize-space(.)='see the sentence in the document']")).click();
        WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        assertTrue(mark.getText().startsWith("a programmable device for giving fluids"), mark.getText());
        shot("5b-evidence");

        driver.navigate().back();
        WebElement turtle = driver.findElement(By.linkText("Turtle"));
        assertTrue(turtle.getAttribute("href").endsWith("/vocab/infusion-pump?format=ttl"));
        String body = (String) ((JavascriptExecutor) driver).executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { return r.text().then(function (t) { done(r.headers.get('Content-Type') + '\\n' + t); }); });",
            turtle.getAttribute("href"));
        assertTrue(body.startsWith("text/turtle"), body);
        assertTrue(body.contains("skos:prefLabel") && body.contains("\"infusion pump\"@en"), body);
    }

    @Test void conceptPageShowsTheLexicalLayer() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base + "/search?q=hemolysis");
        driver.findElement(By.xpath("//ol[contains(@class,'hits')]//a[normalize-space(.)='hemolysis']")).click();
        waiting().until(ExpectedConditions.urlContains("/vocab/hemolysis"));
        WebElement lexicon = driver.findElement(By.cssSelector("section.lexicon"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", lexicon);
        assertTrue(lexicon.isDisplayed(), "the lexical entries show");
        assertEquals("Lexical entries", lexicon.findElement(By.tagName("h2")).getText());
        WebElement entry = lexicon.findElement(By.xpath(".//article[.//span[@class='written' and .='hemolysis']]"));
        assertEquals("noun", entry.findElement(By.cssSelector(".pos")).getText());
        assertEquals("hee-mol-ih-sis", entry.findElement(By.cssSelector(".phonetic")).getText());
        assertTrue(entry.findElements(By.cssSelector("ol.senses p.def")).size() >= 2, "its numbered senses with definitions");
        assertFalse(lexicon.findElements(By.xpath(".//span[@class='written' and .='hematolysis']")).isEmpty(), "the variant's entry");
        shot("8-lexicon");
        entry.findElement(By.xpath(".//dd/a[contains(@href, 'source/')]")).click();
        waiting().until(ExpectedConditions.urlContains("/vocab/source/"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("hemolysis"), "the dictionary document");
    }

    @Test void keyboardOnlySearchAndPhoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base + "/");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("insulin pu");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
        q.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", driver.findElement(By.cssSelector("#suggestions li")).getAttribute("aria-selected"));
        q.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/vocab/insulin-pump"));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling at phone width (" + overflow + " px too wide)");
        shot("6-phone-concept");
        driver.get(base + "/search?q=pump");
        assertFalse(driver.findElements(By.cssSelector("ol.hits li")).isEmpty());
        shot("7-phone-search");
        driver.get(base + "/vocab/markup-gadget");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<script>alert('x')</script> gadget"), "markup shows as text");
    }
}
