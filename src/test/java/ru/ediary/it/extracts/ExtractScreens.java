package ru.ediary.it.extracts;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.ediary.it.Browser;

/**
 * The staff page «Выписки» in a browser, signed in as the test school's office. A class of its own so that the test
 * class, which also runs inside the server, never names a Selenium type. Files are fetched with the browser's own
 * session cookies, exactly as a click on the link would.
 */
final class ExtractScreens implements AutoCloseable {

    /** A fetched file: status, content type and bytes. */
    record Download(int status, String contentType, byte[] body) {
    }

    private final WebDriver browser;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;

    ExtractScreens(URL base, String login, String password) {
        this.base = base;
        browser = Browser.open();
        Browser.signIn(browser, base, login, password);
    }

    /**
     * The test school's office signed in, on «Выписки» reached from the class's section of the paper list. (Here, not
     * in the test class: a method of the test class naming this type would make the server load Selenium.)
     */
    static ExtractScreens officeAtTheClassExtracts(URL base) {
        ExtractScreens page = new ExtractScreens(base, ExtractFixtures.STAFF,
                ExtractFixtures.STAFF + ExtractFixtures.PASSWORD_SUFFIX);
        page.openFromPaperList(ExtractFixtures.CLASS_NAME);
        return page;
    }

    /** From the paper list, the link of the class's section to its extracts. */
    void openFromPaperList(String className) {
        browser.get(base + "admin/paper.xhtml");
        WebElement link = browser.findElement(By.xpath("//section[h2[contains(., '" + className + "')]]"
                + "//a[contains(@class, 'class-extracts')]"));
        Browser.clickAndAwaitNewPage(browser, link);
        Browser.awaitUrl(browser, "admin/extracts.xhtml");
    }

    String selectedClass() {
        return new Select(browser.findElement(By.id("print:class"))).getFirstSelectedOption().getText();
    }

    void chooseClass(String className) {
        new Select(browser.findElement(By.id("print:class"))).selectByVisibleText(className);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("print:choose")));
    }

    void choosePeriod(String name) {
        new Select(browser.findElement(By.id("print:period"))).selectByVisibleText(name);
    }

    /** A range of days instead of a period: the first option («даты ниже») and the two dates. */
    void chooseRange(String from, String to) {
        new Select(browser.findElement(By.id("print:period"))).selectByIndex(0);
        browser.findElement(By.id("print:from")).clear();
        browser.findElement(By.id("print:from")).sendKeys(from);
        browser.findElement(By.id("print:to")).clear();
        browser.findElement(By.id("print:to")).sendKeys(to);
    }

    String periodId(String name) {
        return new Select(browser.findElement(By.id("print:period"))).getOptions().stream()
                .filter(o -> o.getText().equals(name)).findFirst().orElseThrow().getAttribute("value");
    }

    /** The students the page offers, name → id. */
    Map<String, String> students() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (WebElement option : new Select(browser.findElement(By.id("print:student"))).getOptions()) {
            if (!option.getAttribute("value").isEmpty()) {
                ids.put(option.getText(), option.getAttribute("value"));
            }
        }
        return ids;
    }

    /** Prints the class; the page's messages after it. */
    String printClass() {
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("print:printClass")));
        return messages();
    }

    String messages() {
        return browser.findElements(By.id("messages")).stream().map(WebElement::getText)
                .collect(Collectors.joining(" "));
    }

    /** The link to the file just printed, absolute; null when nothing was printed. */
    String download() {
        return browser.findElements(By.id("download")).stream().findFirst().map(a -> a.getAttribute("href"))
                .orElse(null);
    }

    /** The register's lines: number → the line's text. */
    Map<String, String> register() {
        Map<String, String> lines = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.extract-register tbody tr"))) {
            lines.put(row.findElement(By.cssSelector(".number")).getText(), row.getText());
        }
        return lines;
    }

    /** The SHA-256 the register shows for {@code number}, and the re-print link of that line. */
    String[] registerFile(String number) {
        WebElement row = browser.findElements(By.cssSelector("table.extract-register tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".number")).getText().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + number + " in the register"));
        return new String[] {row.findElement(By.cssSelector(".sha256")).getText(),
                row.findElement(By.cssSelector("a.reprint")).getAttribute("href")};
    }

    void reload() {
        browser.get(browser.getCurrentUrl());
        Browser.awaitLoaded(browser);
    }

    Download fetch(String url) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    @Override
    public void close() {
        browser.quit();
    }
}
