package ru.ediary.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Arrays;
import java.util.List;
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
 * «Итоговые оценки» in Chromium, signed in as the test school's office (a class of its own, so that the test class,
 * which also runs in the server, never names a Selenium type). Exports are posted as the button would post them,
 * with the browser's session cookies and the form's hidden fields, and read back with POI.
 */
final class FinalGradeScreens implements AutoCloseable {

    /** A downloaded file. */
    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private final WebDriver browser;
    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    FinalGradeScreens(URL base) {
        this(base, FinalGradeFixtures.STAFF, FinalGradeFixtures.PASSWORD);
    }

    /** Signed in with another account (the publication test's office, or a guardian). */
    FinalGradeScreens(URL base, String login, String password) {
        this.base = base;
        browser = Browser.open();
        Browser.signIn(browser, base, login, password);
    }

    void open(String query) {
        openPath("admin/final-grades.xhtml" + query);
    }

    /** Any page of the application, by its path under the context root. */
    void openPath(String path) {
        browser.get(base + path);
        Browser.awaitLoaded(browser);
    }

    /** Chooses a period by its visible name and shows it, on a page whose filter has no class. */
    void showPeriod(String periodName) {
        new Select(browser.findElement(By.id("filter:period"))).selectByVisibleText(periodName);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("filter:show")));
    }

    /** Sets a checkbox and submits its form with {@code button} (a new page). */
    void setAndSubmit(String checkboxId, boolean checked, String buttonId) {
        WebElement box = browser.findElement(By.id(checkboxId));
        if (box.isSelected() != checked) {
            box.click();
        }
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id(buttonId)));
    }

    /** The visible text of an element, or "" when the page has none with that id. */
    String text(String id) {
        return browser.findElements(By.id(id)).stream().map(WebElement::getText).collect(Collectors.joining(" "));
    }

    /** The text of the main content. */
    String pageText() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Chooses a period and class by their visible names and shows them (a new page). */
    void show(String periodName, String className) {
        new Select(browser.findElement(By.id("filter:period"))).selectByVisibleText(periodName);
        new Select(browser.findElement(By.id("filter:class"))).selectByVisibleText(className);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("filter:show")));
    }

    String url() {
        return browser.getCurrentUrl();
    }

    String messages() {
        return browser.findElements(By.id("messages")).stream().map(WebElement::getText)
                .collect(Collectors.joining(" "));
    }

    boolean hasReport() {
        return !browser.findElements(By.id("report")).isEmpty();
    }

    String summary() {
        return browser.findElement(By.id("summary")).getText();
    }

    List<String> periods() {
        return new Select(browser.findElement(By.id("filter:period"))).getOptions().stream().map(WebElement::getText)
                .toList();
    }

    /** The rows of a table as its cells joined by «|»; {@code cells} cells of each row (the rest is links). */
    List<String> rows(String tableId, int cells) {
        List<String> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("table[id='" + tableId + "'] tbody tr"))) {
            List<WebElement> tds = row.findElements(By.tagName("td"));
            rows.add(tds.subList(0, cells).stream().map(td -> td.getText().trim()).collect(Collectors.joining("|")));
        }
        return rows;
    }

    /** The header cells of a table, and whether every one has scope="col". */
    List<String> headers(String tableId) {
        return browser.findElements(By.cssSelector("table[id='" + tableId + "'] thead th")).stream()
                .map(th -> th.getText().trim() + (("col".equals(th.getDomAttribute("scope"))) ? "" : "!noscope"))
                .toList();
    }

    /** The links of the gap table's last column. */
    List<String> gapLinks() {
        return browser.findElements(By.cssSelector("table[id='gaps'] a.student-extracts")).stream()
                .map(a -> a.getDomProperty("href")).toList();
    }

    /** Posts the export form {@code formId} with its {@code button}, as a click would. */
    Download export(String formId, String button) throws IOException, InterruptedException {
        WebElement form = browser.findElement(By.id(formId));
        StringBuilder body = new StringBuilder();
        for (WebElement hidden : form.findElements(By.cssSelector("input[type='hidden']"))) {
            append(body, hidden.getDomAttribute("name"), hidden.getDomProperty("value"));
        }
        WebElement submit = browser.findElement(By.id(formId + ":" + button));
        append(body, submit.getDomAttribute("name"), submit.getDomProperty("value"));
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String action = form.getDomProperty("action");
        URI target = URI.create(action);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(target).header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", target.getScheme() + "://" + target.getAuthority())
                        .header("Referer", browser.getCurrentUrl()).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    private static void append(StringBuilder body, String name, String value) {
        if (name == null || name.isEmpty()) {
            return;
        }
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
    }

    /** The first sheet: its header row, then each row's cells joined by «|» (numbers without «.0»). */
    static List<String> sheet(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        double d = cell.getNumericCellValue();
                        cells.add(d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d));
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
                lines.add(String.join("|", cells));
            }
        }
        return lines;
    }

    /** The file is the XLSX of a table whose rows (the first {@code cells} cells of each) are {@code rows}. */
    void checkXlsx(Download file, List<String> rows, int cells) throws IOException {
        assertEquals(200, file.status(), new String(file.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.contentType());
        assertTrue(file.disposition().contains(".xlsx"), file.disposition());
        List<String> sheet = sheet(file.body());
        List<String> data = new ArrayList<>();
        for (String line : sheet.subList(1, sheet.size())) {
            String[] parts = line.split("\\|", -1);
            data.add(String.join("|", Arrays.copyOf(parts, cells)));
        }
        assertEquals(sorted(rows), sorted(data), "XLSX: " + sheet);
    }

    static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
