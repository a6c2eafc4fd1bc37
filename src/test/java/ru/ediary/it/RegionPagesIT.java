package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The regional authority's pages on the demo region, in Chromium: demo.region signs in and sees both demo schools side
 * by side for the default period with their figures and the region's total, the weakest качество знаний first;
 * reorders by a column; downloads the same table as XLSX (read back with POI); opens a school's page with its results
 * by grade level and subject, lessons and trend; and an unknown school code gives a message and nothing else.
 * Reads the demo region only.
 */
@ExtendWith(ArquillianExtension.class)
class RegionPagesIT {

    private static final String SMALL = "47-rabitica-nosh";
    private static final String LARGE = "47-volosovo-sosh1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAuthorityComparesItsSchoolsExportsThemAndOpensOne() throws Exception {
        DemoRegion.awaitLoaded(base);
        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, base, "demo.region", "demo.region");
            Browser.awaitUrl(browser, "/region/index.xhtml");
            awaitTable(browser, "regionSchools");
            assertEquals("Кабинет органа управления образованием",
                    browser.findElement(By.id("roleHeading")).getText());
            assertTrue(browser.findElement(By.id("regionCaption")).getText().contains("Ленинградская область"),
                    browser.findElement(By.id("regionCaption")).getText());
            String period = selected(browser, "period");
            String year = selected(browser, "year");
            assertFalse(period.isEmpty(), "the default period is chosen in the select");
            assertTrue(year.matches("\\d{4}/\\d{4}"), "a school year is chosen: " + year);

            // the demo schools (and the journal simulator's school), with their figures
            Map<String, Map<String, String>> lines = lines(browser);
            assertTrue(lines.keySet().containsAll(List.of(SMALL, LARGE)), "the demo region's schools: " + lines);
            Map<String, String> large = lines.get(LARGE);
            Map<String, String> small = lines.get(SMALL);
            assertTrue(large.get("name").contains("Волосовская СОШ"), large.toString());
            assertTrue(small.get("name").contains("Рабитицкая НОШ"), small.toString());
            assertTrue(number(large, "students") >= 250, "about 300 students: " + large);
            assertTrue(number(small, "students") >= 35 && number(small, "students") <= 45, small.toString());
            for (Map<String, String> line : List.of(large, small)) {
                // the demo journal enters through the import without an exchange batch: «нет данных» until one comes
                assertTrue(line.get("freshness").matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}|нет данных"),
                        "the journal's last batch, as a Russian date and time, or «нет данных»: " + line);
                assertTrue(number(line, "assessed") > 0, "final grades of the finished period: " + line);
                BigDecimal quality = decimal(line, "quality");
                assertTrue(quality.signum() >= 0 && quality.compareTo(BigDecimal.valueOf(100)) <= 0, line.toString());
                BigDecimal pass = decimal(line, "pass");
                assertTrue(pass.compareTo(quality) >= 0, "успеваемость is never below качество знаний: " + line);
                BigDecimal average = decimal(line, "average");
                assertTrue(average.compareTo(BigDecimal.valueOf(2)) >= 0
                        && average.compareTo(BigDecimal.valueOf(5)) <= 0, line.toString());
            }
            Map<String, String> total = total(browser);
            assertEquals("Итого по региону", total.get("name"));
            assertEquals(lines.values().stream().mapToLong(l -> number(l, "students")).sum(),
                    number(total, "students"), "the region's students are its schools' students");
            assertTrue(number(total, "assessed") >= number(large, "assessed") + number(small, "assessed"),
                    total.toString());

            // the weakest качество знаний first, hidden and empty last; then by a column, and the other way
            List<String> order = new ArrayList<>(lines.keySet());
            List<String> weakestFirst = lines.keySet().stream()
                    .sorted(Comparator.comparing((String code) -> orNull(lines.get(code), "quality"),
                            Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder())))
                    .toList();
            assertEquals(weakestFirst.stream().map(c -> orNull(lines.get(c), "quality")).toList(),
                    order.stream().map(c -> orNull(lines.get(c), "quality")).toList(),
                    "default order: lowest качество знаний first: " + lines);
            assertEquals("ascending", browser.findElement(By.cssSelector("th:has(#sort-quality)"))
                    .getAttribute("aria-sort"));
            browser.findElement(By.id("sort-students")).click();
            awaitUrl(browser, "sort=students&dir=asc");
            List<Long> students = lines(browser).values().stream().map(l -> number(l, "students")).toList();
            assertEquals(students.stream().sorted().toList(), students, "fewest students first");
            browser.findElement(By.id("sort-students")).click();
            awaitUrl(browser, "sort=students&dir=desc");
            Map<String, Map<String, String>> byStudents = lines(browser);
            students = byStudents.values().stream().map(l -> number(l, "students")).toList();
            assertEquals(students.stream().sorted(Comparator.reverseOrder()).toList(), students,
                    "most students first");
            assertEquals(LARGE, byStudents.keySet().iterator().next());
            assertEquals("descending", browser.findElement(By.cssSelector("th:has(#sort-students)"))
                    .getAttribute("aria-sort"));
            assertEquals(period, selected(browser, "period"), "reordering keeps the period");

            // the same table as XLSX, in the same order
            Map<String, List<String>> sheet = xlsx(browser, browser.findElement(By.id("xlsx")).getAttribute("href"));
            List<String> header = sheet.remove("header");
            assertEquals("Школа", header.get(0));
            assertTrue(header.contains("Качество знаний, %") && header.contains("СОУ, %"), header.toString());
            List<String> names = new ArrayList<>(byStudents.values().stream().map(l -> l.get("name")).toList());
            names.add("Итого по региону");
            assertEquals(names, new ArrayList<>(sheet.keySet()), "the page's order (most students first)");
            List<String> largeRow = sheet.values().iterator().next();
            assertEquals(String.valueOf(number(large, "students")), largeRow.get(1));
            assertEquals(large.get("freshness"), largeRow.get(2));
            assertEquals(String.valueOf(number(large, "assessed")), largeRow.get(3));
            assertEquals(0, decimal(large, "quality").compareTo(new BigDecimal(largeRow.get(6))), largeRow.toString());

            // a school's page, from its link
            WebElement link = browser.findElement(By.cssSelector("tr[data-code='" + LARGE + "'] a.school-link"));
            Browser.clickAndAwaitNewPage(browser, link);
            Browser.awaitUrl(browser, "/region/school.xhtml");
            awaitTable(browser, "byGrade");
            assertTrue(browser.getCurrentUrl().contains("code=" + LARGE), browser.getCurrentUrl());
            assertEquals(period, selected(browser, "period"), "the school's page opens at the same period");
            assertTrue(browser.findElement(By.id("schoolHeading")).getText().contains("Волосовская"),
                    browser.findElement(By.id("schoolHeading")).getText());
            List<WebElement> grades = browser.findElements(By.cssSelector("#byGrade tbody tr.line"));
            assertTrue(grades.size() >= 5, "grade levels of a school of grades 1–11 with results: " + grades.size());
            List<String> gradeTotal = cells(browser.findElement(By.cssSelector("#byGrade tfoot tr")));
            assertEquals(String.valueOf(number(large, "assessed")), gradeTotal.get(0),
                    "the school's N is the region page's N");
            List<String> gradeN = grades.stream().map(g -> cells(g).get(0)).toList();
            long shown = gradeN.stream().filter(n -> n.matches("\\d+")).mapToLong(Long::parseLong).sum();
            if (gradeN.stream().allMatch(n -> n.matches("\\d+"))) {
                assertEquals(number(large, "assessed"), shown, "the grade levels add up to the school: " + gradeN);
            } else {
                assertTrue(shown <= number(large, "assessed"), gradeN.toString());
            }
            assertTrue(browser.findElements(By.cssSelector("#bySubject tbody tr.line")).size() >= 5,
                    "the subjects of a secondary school");
            List<String> lessonTotal = cells(browser.findElement(By.cssSelector("#lessons tfoot tr")));
            long planned = Long.parseLong(lessonTotal.get(0));
            long held = Long.parseLong(lessonTotal.get(1));
            assertTrue(held > 0, "lessons held in the period: " + lessonTotal);
            assertTrue(Long.parseLong(lessonTotal.get(2)) >= planned - held,
                    "the deficit is at least what the whole school is short of the plan: " + lessonTotal);
            assertFalse(browser.findElements(By.cssSelector("#lessonTypes tbody tr.line")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#publication tbody tr.line")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#consent tbody tr.line")).isEmpty());
            List<WebElement> trend = browser.findElements(By.cssSelector("#trendTable tbody tr.line"));
            assertFalse(trend.isEmpty(), "the finished period is among the last 12 months' periods");
            long withValue = trend.stream().map(RegionPagesIT::cells)
                    .filter(c -> c.get(1).matches("\\d+(,\\d)?")).count();
            assertTrue(withValue > 0, "качество знаний of the finished period");
            assertEquals(withValue, browser.findElements(By.cssSelector("#trendChart circle.point")).size(),
                    "a point on the chart for every value of the table");

            // an unknown school: a message, nothing else
            browser.get(base + "region/school.xhtml?code=no-such-school");
            WebElement message = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
            assertTrue(message.getText().contains("Школа с кодом «no-such-school» не найдена"), message.getText());
            assertTrue(browser.findElements(By.id("byGrade")).isEmpty(), "no figures for an unknown school");
            assertTrue(browser.findElements(By.id("filter")).isEmpty(), "no period choice for an unknown school");
        } finally {
            browser.quit();
        }
    }

    private static void awaitTable(WebDriver browser, String id) {
        Browser.awaitLoaded(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private static void awaitUrl(WebDriver browser, String fragment) {
        Browser.awaitUrl(browser, fragment);
        awaitTable(browser, "regionSchools");
    }

    private static String selected(WebDriver browser, String select) {
        return browser.findElements(By.cssSelector("#" + select + " option")).stream()
                .filter(WebElement::isSelected).map(o -> o.getAttribute("value")).findFirst().orElse("");
    }

    /** The table's school lines in the page's order: code → column class → text (and "name"). */
    private static Map<String, Map<String, String>> lines(WebDriver browser) {
        Map<String, Map<String, String>> lines = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#regionSchools tbody tr.school"))) {
            lines.put(row.getAttribute("data-code"), line(row));
        }
        return lines;
    }

    private static Map<String, String> total(WebDriver browser) {
        return line(browser.findElement(By.cssSelector("#regionSchools tfoot tr.total")));
    }

    private static Map<String, String> line(WebElement row) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("name", row.findElement(By.tagName("th")).getText().trim());
        for (WebElement td : row.findElements(By.tagName("td"))) {
            String[] classes = td.getAttribute("class").split("\\s+");
            line.put(classes[classes.length - 1], td.getText().trim());
        }
        return line;
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList();
    }

    private static long number(Map<String, String> line, String column) {
        return Long.parseLong(line.get(column).replaceAll("\\D", ""));
    }

    /** A figure of the table, or null where it is hidden («<5») or empty («—»). */
    private static BigDecimal orNull(Map<String, String> line, String column) {
        String text = line.get(column);
        return text.matches("\\d+(,\\d+)?") ? decimal(line, column) : null;
    }

    private static BigDecimal decimal(Map<String, String> line, String column) {
        return new BigDecimal(line.get(column).replace(',', '.'));
    }

    /** The file behind the link, fetched with the browser's session; «header» and the rows by their first cell. */
    private Map<String, List<String>> xlsx(WebDriver browser, String href) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                            .toPlainString() : cell.getStringCellValue());
                }
                rows.put(row.getRowNum() == 0 ? "header" : cells.get(0), cells);
            }
        }
        return rows;
    }
}
