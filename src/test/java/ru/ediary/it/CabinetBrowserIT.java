package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.ediary.demo.application.DemoCalendar;

/**
 * The cabinet as demo.parent and demo.student use it in a browser: the child switcher, the week with its changes,
 * marks with average and forecast (recomputed here from the marks the page lists), the sister's deferral, and the
 * refusals when an id is tampered with.
 */
@ExtendWith(ArquillianExtension.class)
class CabinetBrowserIT {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        DemoRegion.awaitLoaded(base);
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void parentSwitchesBetweenTheChildrenAndSeesTheWeeksChanges() {
        Map<String, String> children = signInAsParent();
        String artem = children.get("4");
        String polina = children.get("2");

        Select switcher = new Select(browser.findElement(By.id("childSelect")));
        switcher.selectByValue(artem);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("childShow")));
        Browser.awaitUrl(browser, "student=" + artem);
        assertTrue(text("childOf").contains("Смирнов Артём"), text("childOf"));

        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("navWeek")));
        Browser.awaitUrl(browser, "/parent/week.xhtml?student=" + artem);
        browser.get(base + "parent/week.xhtml?student=" + artem + "&date=" + diaryWeek());
        WebElement substitution = browser.findElement(By.cssSelector("tr.change-SUBSTITUTION"));
        assertTrue(substitution.getText().contains("Замена учителя"), substitution.getText());
        assertTrue(substitution.getText().contains("вместо"), substitution.getText());
        assertTrue(substitution.getText().contains("Причина: Больничный учителя"), substitution.getText());
        WebElement cancelled = browser.findElement(By.cssSelector("tr.change-CANCELLATION"));
        assertTrue(cancelled.getText().contains("Урок отменён"), cancelled.getText());
        assertTrue(cancelled.getText().contains("Причина:"), cancelled.getText());

        new Select(browser.findElement(By.id("childSelect"))).selectByValue(polina);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("childShow")));
        Browser.awaitUrl(browser, "/parent/week.xhtml?student=" + polina);
        assertTrue(text("childOf").contains("Смирнова Полина"), text("childOf"));
        browser.get(base + "parent/week.xhtml?student=" + polina + "&date=" + diaryWeek());
        List<String> moves = browser.findElements(By.cssSelector("tr.change-MOVE")).stream()
                .map(WebElement::getText).toList();
        assertTrue(moves.stream().anyMatch(t -> t.contains("Урок перенесён") && t.contains("перенесён с")), moves
                .toString());
        assertTrue(moves.stream().anyMatch(t -> t.contains("перенесён на")), "the place it left: " + moves);
        assertTrue(browser.findElements(By.cssSelector("tr.change-SUBSTITUTION")).isEmpty(),
                "the brother's substitution is not the sister's");
    }

    @Test
    void marksBySubjectShowTheAverageAndForecastOfTheListedMarks() {
        Map<String, String> children = signInAsParent();
        browser.get(base + "parent/marks.xhtml?student=" + children.get("4"));
        assertTrue(browser.findElement(By.cssSelector("p.rules")).getText()
                .contains("«5» — от 4,50, «4» — от 3,50, «3» — от 2,50; нужно не меньше 3"));
        int checked = 0;
        for (WebElement section : browser.findElements(By.cssSelector("section.subject-marks"))) {
            List<WebElement> rows = section.findElements(By.cssSelector("tr.mark-row"));
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            int numeric = 0;
            for (WebElement row : rows) {
                String value = row.findElement(By.cssSelector(".mark-value .mark")).getText().trim();
                BigDecimal weight = new BigDecimal(row.findElement(By.cssSelector(".mark-weight .weight")).getText()
                        .trim().replace(',', '.'));
                if (value.matches("[1-5]")) {
                    sum = sum.add(new BigDecimal(value).multiply(weight));
                    weights = weights.add(weight);
                    numeric++;
                }
            }
            String subject = section.findElement(By.tagName("h2")).getText();
            String average = section.findElement(By.cssSelector(".average")).getText();
            String forecast = section.findElement(By.cssSelector(".forecast")).getText();
            if (numeric == 0) {
                assertEquals("—", average, subject);
                continue;
            }
            BigDecimal expected = sum.divide(weights, 2, RoundingMode.HALF_UP);
            assertEquals(expected.toPlainString().replace('.', ','), average, subject);
            String expectedForecast = numeric < 3 ? "нет прогноза"
                    : expected.compareTo(new BigDecimal("4.50")) >= 0 ? "5"
                    : expected.compareTo(new BigDecimal("3.50")) >= 0 ? "4"
                    : expected.compareTo(new BigDecimal("2.50")) >= 0 ? "3" : "2";
            assertEquals(expectedForecast, forecast, subject + ", average " + expected);
            assertFalse(section.findElement(By.cssSelector(".explanation")).getText().isBlank(), subject);
            checked++;
        }
        assertTrue(checked >= 3, "subjects with marks checked: " + checked);
    }

    @Test
    void finalGradesShowTheSistersDeferralWithItsDeadline() {
        Map<String, String> children = signInAsParent();
        browser.get(base + "parent/final-grades.xhtml?student=" + children.get("2"));
        WebElement math = browser.findElement(By.cssSelector("tr[data-subject='Математика']"));
        LocalDate today = ServerClock.today();
        LocalDate deadline = today.plusDays(14);
        String cell = math.findElement(By.cssSelector("td.deferred")).getText();
        assertTrue(cell.contains("отсрочка до " + RUSSIAN.format(deadline)), cell);
        assertTrue(text("deferrals").contains("болезнь"), text("deferrals"));
        assertTrue(text("deferrals").contains("действует"), text("deferrals"));
    }

    @Test
    void studentSeesOnlyThemself() {
        Map<String, String> children = signInAsParent();
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("signOut:signOutButton")));

        Browser.signIn(browser, base, "demo.student", "demo.student");
        Browser.awaitUrl(browser, "/student/index.xhtml");
        assertEquals("Кабинет обучающегося", text("roleHeading"));
        assertTrue(text("childOf").contains("Смирнов Артём"), text("childOf"));
        assertTrue(browser.findElements(By.id("childSwitcher")).isEmpty(), "a student has no one to switch to");
        assertFalse(browser.getPageSource().contains("Смирнова Полина"));

        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("navWeek")));
        Browser.awaitUrl(browser, "/student/week.xhtml");
        assertTrue(text("childOf").contains("Смирнов Артём"));

        browser.get(base + "student/week.xhtml?student=" + children.get("2"));
        assertEquals("Нет доступа", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Смирнова Полина"));
    }

    @Test
    void guardianTamperingWithTheUrlOrTheSwitcherIsRefused() throws Exception {
        Map<String, String> children = signInAsParent();
        long foreign = children.values().stream().mapToLong(Long::parseLong).max().orElseThrow() + 1;

        browser.get(base + "parent/marks.xhtml?student=" + foreign);
        assertEquals("Нет доступа", browser.findElement(By.tagName("h1")).getText());
        assertEquals(403, statusOf("parent/marks.xhtml?student=" + foreign));
        assertEquals(200, statusOf("parent/marks.xhtml?student=" + children.get("4")));

        browser.get(base + "parent/index.xhtml");
        ((JavascriptExecutor) browser).executeScript("var o = document.querySelector('#childSelect option');"
                + "o.value = arguments[0]; o.selected = true;", String.valueOf(foreign));
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("childShow")));
        assertEquals("Нет доступа", browser.findElement(By.tagName("h1")).getText());
        // (The header names the signed-in mother herself; no child appears.)
        assertFalse(browser.getPageSource().contains("Смирнов Артём"), "nobody's data on the refusal");
        assertFalse(browser.getPageSource().contains("Смирнова Полина"), "nobody's data on the refusal");
    }

    /** Signs in as demo.parent; the children by grade ("4", "2") → their ids, from the child switcher. */
    private Map<String, String> signInAsParent() {
        Browser.signIn(browser, base, "demo.parent", "demo.parent");
        Browser.awaitUrl(browser, "/parent/index.xhtml");
        assertEquals("Кабинет родителя (законного представителя)", text("roleHeading"));
        List<WebElement> options = browser.findElements(By.cssSelector("#childSelect option"));
        assertEquals(2, options.size(), "demo.parent has two children");
        Map<String, String> byGrade = new LinkedHashMap<>();
        for (WebElement option : options) {
            String label = option.getText();
            byGrade.put(label.contains("4 класс") ? "4" : label.contains("2 класс") ? "2" : label,
                    option.getAttribute("value"));
        }
        assertEquals(List.of("2", "4"), byGrade.keySet().stream().sorted().collect(Collectors.toList()));
        return byGrade;
    }

    /** The HTTP status of a page fetched with the browser's session cookies (a browser does not tell). */
    private int statusOf(String page) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(base + page)).timeout(java.time.Duration.ofSeconds(60))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The Monday of the week whose changes the demo journal holds. */
    private static LocalDate diaryWeek() {
        LocalDate today = ServerClock.today();
        return DemoCalendar.containing(today).diaryWeek(today).orElseThrow();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
