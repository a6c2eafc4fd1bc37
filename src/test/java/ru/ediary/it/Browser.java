package ru.ediary.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser the page tests drive: Debian's Chromium, headless, where it is installed; HtmlUnit elsewhere.
 * With -Dediary.browser.required=true (CI) a missing Chromium fails the tests instead of falling back.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The mark set on a page before a click that leaves it. */
    private static final String LEFT_BEHIND = "ediaryLeftBehind";

    private Browser() {
    }

    /** Waits for a navigation (a form post and its redirect) to arrive at a URL containing {@code fragment}. */
    public static void awaitUrl(WebDriver browser, String fragment) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(fragment));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected to arrive at …" + fragment + " but the browser is at "
                    + browser.getCurrentUrl());
        }
    }

    /**
     * Clicks a button that posts a form, and waits for the page the post leads to: a document that has finished
     * loading and is not the one clicked on (that one is marked before the click; a new document has no mark). It
     * asks the new page, never whether the old one went stale: Chromium reports a replaced page in more ways than
     * Selenium's staleness check knows ("Node with given id does not belong to the document").
     */
    public static void clickAndAwaitNewPage(WebDriver browser, WebElement button) {
        if (!(browser instanceof JavascriptExecutor script)) {
            button.click(); // HtmlUnit: the click returns when the new page is loaded
            return;
        }
        script.executeScript("window." + LEFT_BEHIND + " = true;");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(b ->
                Boolean.TRUE.equals(script.executeScript("return !window." + LEFT_BEHIND
                        + " && document.readyState === 'complete';")));
    }

    /**
     * Waits until the page has finished loading: an element found while Chromium is still parsing a slow response
     * can be detached from the document that finally shows.
     */
    public static void awaitLoaded(WebDriver browser) {
        if (browser instanceof JavascriptExecutor script) {
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(
                    b -> "complete".equals(script.executeScript("return document.readyState")));
        }
    }

    /** What the page wrote to the browser's console as errors since the last call (Chromium; none elsewhere). */
    public static java.util.List<String> consoleErrors(WebDriver browser) {
        if (!(browser instanceof ChromeDriver)) {
            return java.util.List.of();
        }
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** Signs in through the sign-in page and waits for the page it leads to. */
    public static void signIn(WebDriver browser, URL base, String login, String password) {
        browser.get(base + "login.xhtml");
        fillSignInForm(browser, login, password);
    }

    /** Fills the sign-in form already on the screen and submits it. */
    public static void fillSignInForm(WebDriver browser, String login, String password) {
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        clickAndAwaitNewPage(browser, browser.findElement(By.id("login:submit")));
    }

    public static WebDriver open() {
        boolean chromium = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!chromium) {
            Assertions.assertFalse(Boolean.getBoolean("ediary.browser.required"),
                    "Chromium and chromedriver are required (ediary.browser.required=true) but are not installed");
            HtmlUnitDriver driver = new HtmlUnitDriver(true);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return driver;
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--lang=ru-RU", "--window-size=1280,900");
        // the console is read by the tests that look for Content-Security-Policy violations
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }
}
