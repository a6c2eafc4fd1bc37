package ru.ediary.it.assessment;

import java.io.ByteArrayInputStream;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.ediary.it.Browser;

/**
 * «Итоги успеваемости» in Chromium, signed in as the test school's office; the exports are posted with the page's own
 * form fields and the browser's session cookies, exactly as a click on the button would, and read back with POI.
 * A class of its own so that the test class, which also runs inside the server, never names a Selenium type.
 */
final class ResultScreens implements AutoCloseable {

    /** An exported file: status, content type, the sheet's rows (first cell → every cell as text). */
    record Export(int status, String contentType, String title, List<String> header, Map<String, List<String>> rows) {
    }

    private final WebDriver browser;
    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ResultScreens(URL base) {
        this.base = base;
        browser = Browser.open();
        Browser.signIn(browser, base, ResultFixtures.STAFF, ResultFixtures.PASSWORD);
    }

    void open(String query) {
        browser.get(base + "admin/results.xhtml" + (query.isEmpty() ? "" : "?" + query));
        Browser.awaitLoaded(browser);
    }

    void choosePeriod(String name) {
        Select select = new Select(browser.findElement(By.id("filter:period")));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no period " + name));
        select.selectByValue(option.getAttribute("value"));
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("filter:show")));
    }

    String selectedPeriod() {
        return new Select(browser.findElement(By.id("filter:period"))).getFirstSelectedOption().getText();
    }

    String text(String id) {
        return browser.findElements(By.id(id)).stream().map(WebElement::getText).collect(Collectors.joining(" "));
    }

    String caption() {
        return browser.findElement(By.cssSelector("#results caption")).getText();
    }

    /** The rows of the results table: name → cell class (c-FIVE, n, average, d-sou, teacher …) → text. */
    Map<String, Map<String, String>> rows() {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#results tbody tr"))) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (WebElement td : tr.findElements(By.tagName("td"))) {
                String css = td.getAttribute("class").replace("num", "").trim();
                cells.put(css, td.getText().trim());
            }
            rows.put(tr.findElement(By.tagName("th")).getText().trim(), cells);
        }
        return rows;
    }

    /** The header cells of the results table. */
    List<String> header() {
        return browser.findElements(By.cssSelector("#results thead th")).stream().map(e -> e.getText().trim()).toList();
    }

    void drill(String rowName) {
        WebElement link = browser.findElement(By.xpath("//table[@id='results']/tbody/tr[th[normalize-space()='"
                + rowName + "']]/th/a"));
        Browser.clickAndAwaitNewPage(browser, link);
    }

    void clickCount(String rowName, String category) {
        WebElement link = browser.findElement(By.xpath("//table[@id='results']/tbody/tr[th[normalize-space()='"
                + rowName + "']]/td[contains(@class, 'c-" + category + "')]/a"));
        Browser.clickAndAwaitNewPage(browser, link);
    }

    String studentsHeading() {
        return text("studentsHeading");
    }

    /** The students table: name → grade. */
    Map<String, String> students() {
        Map<String, String> students = new LinkedHashMap<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#students tbody tr"))) {
            students.put(tr.findElement(By.cssSelector(".name")).getText().trim(),
                    tr.findElement(By.cssSelector(".grade")).getText().trim());
        }
        return students;
    }

    String chartText() {
        return browser.findElements(By.cssSelector("figure.results-chart svg text")).stream()
                .map(e -> e.getAttribute("textContent").trim()).collect(Collectors.joining(" | "));
    }

    String definitions() {
        return text("definitions");
    }

    List<String> consoleErrors() {
        return Browser.consoleErrors(browser);
    }

    /** Posts the form {@code formId} with its button {@code buttonId}, as the browser would; the file read back. */
    Export export(String formId, String buttonId) throws IOException, InterruptedException {
        WebElement form = browser.findElement(By.id(formId));
        List<String> fields = new ArrayList<>();
        for (WebElement input : form.findElements(By.cssSelector("input[type=hidden]"))) {
            fields.add(encode(input.getAttribute("name")) + "=" + encode(input.getAttribute("value")));
        }
        WebElement button = browser.findElement(By.id(formId + ":" + buttonId));
        fields.add(encode(button.getAttribute("name")) + "=" + encode(button.getAttribute("value")));
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(form.getAttribute("action")))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getProtocol() + "://" + base.getAuthority())
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.contains("spreadsheetml")) {
            return new Export(response.statusCode(), type, new String(response.body(), StandardCharsets.UTF_8),
                    List.of(), Map.of());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                            .toPlainString() : cell.getStringCellValue());
                }
                if (row.getRowNum() == 0) {
                    header.addAll(cells);
                } else {
                    rows.put(cells.get(0), cells);
                }
            }
            return new Export(200, type, sheet.getSheetName(), header, rows);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
