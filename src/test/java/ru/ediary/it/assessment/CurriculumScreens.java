package ru.ediary.it.assessment;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.ediary.it.Browser;

/**
 * The staff page «Выполнение учебного плана» in Chromium, for the test JVM only (the IT class, which also runs inside
 * the server, never names a Selenium type). Exports are fetched by posting the export form with the browser's own
 * session cookie and view state, exactly as a click would.
 */
final class CurriculumScreens implements AutoCloseable {

    /** A fetched file. */
    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private final WebDriver browser;
    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private CurriculumScreens(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    static CurriculumScreens signIn(URL base, String login, String password) {
        WebDriver browser = Browser.open();
        Browser.signIn(browser, base, login, password);
        return new CurriculumScreens(browser, base);
    }

    /** Opens the page with the address's query, e.g. {@code period=12} or {@code class=abc}. */
    void open(String query) {
        browser.get(base + "admin/curriculum.xhtml" + (query.isEmpty() ? "" : "?" + query));
        Browser.awaitLoaded(browser);
    }

    String url() {
        return browser.getCurrentUrl();
    }

    String title() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String messages() {
        return browser.findElements(By.id("messages")).stream().map(WebElement::getText)
                .collect(Collectors.joining(" "));
    }

    String periodShown() {
        return browser.findElements(By.id("periodShown")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The options of a filter's select: label → value. */
    Map<String, String> options(String field) {
        Map<String, String> options = new LinkedHashMap<>();
        for (WebElement o : new Select(browser.findElement(By.id("filter:" + field))).getOptions()) {
            options.put(o.getText(), o.getAttribute("value"));
        }
        return options;
    }

    /** Chooses a filter value by its label and shows; waits for the page the redirect leads to. */
    void filter(String field, String label) {
        new Select(browser.findElement(By.id("filter:" + field))).selectByVisibleText(label);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("filter:show")));
    }

    /** The cells of a table's body rows (by the table's id), as text. */
    List<List<String>> table(String id) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("table[id='" + id + "'] tbody tr"))) {
            rows.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    List<String> footer(String id) {
        return browser.findElements(By.cssSelector("table[id='" + id + "'] tfoot td")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> headers(String id) {
        return browser.findElements(By.cssSelector("table[id='" + id + "'] thead th")).stream()
                .map(th -> th.getText() + "|" + th.getAttribute("scope")).toList();
    }

    boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The chart's bars: label → value as written («56,3 %»). */
    Map<String, String> bars() {
        Map<String, String> bars = new LinkedHashMap<>();
        for (WebElement g : browser.findElements(By.cssSelector("#chart g.bar"))) {
            List<WebElement> texts = g.findElements(By.tagName("text"));
            bars.put(texts.get(0).getAttribute("textContent"), texts.get(1).getAttribute("textContent"));
        }
        return bars;
    }

    List<String> anomalies(String css) {
        return browser.findElements(By.cssSelector("#anomalies li." + css)).stream().map(WebElement::getText).toList();
    }

    List<String> consoleErrors() {
        return Browser.consoleErrors(browser);
    }

    /** Posts the export form {@code form} («planExport») with its button {@code button} («xlsx» or «csv»). */
    Download export(String form, String button) throws IOException, InterruptedException {
        WebElement f = browser.findElement(By.id(form));
        String action = f.getAttribute("action");
        String viewState = f.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
        String buttonValue = browser.findElement(By.id(form + ":" + button)).getAttribute("value");
        String body = enc(form + "_SUBMIT") + "=1&" + enc(form + ":" + button) + "=" + enc(buttonValue)
                + "&jakarta.faces.ViewState=" + enc(viewState);
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(action))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
