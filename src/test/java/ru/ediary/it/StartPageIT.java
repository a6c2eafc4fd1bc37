package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A visitor opens http://localhost:9080/ and sees the demo region's schools, in Russian. */
@ExtendWith(ArquillianExtension.class)
class StartPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    @Test
    void startPageShowsTheDemoRegionAndItsSchoolsInRussian() throws Exception {
        DemoRegion.awaitLoaded(base);
        WebDriver browser = Browser.open();
        try {
            browser.get(base.toString());
            assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Школы региона", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.tagName("h2")).getText().contains("Ленинградская область"));

            WebElement primary = school(browser, "Рабитицкая НОШ");
            assertEquals(4, figure(primary, "classes"), "grades 1–4, one class each");
            int students = figure(primary, "students");
            assertTrue(students >= 35 && students <= 45, "about 40 students, was " + students);
            assertTrue(figure(primary, "lessons") > 0, "lessons held since 1 September");
            assertTrue(figure(primary, "marks") > 0, "marks given since 1 September");

            WebElement large = school(browser, "Волосовская СОШ");
            assertTrue(figure(large, "classes") >= 11, "grades 1–11");
            assertTrue(figure(large, "students") >= 250, "about 300 students");
        } finally {
            browser.quit();
        }
    }

    private static WebElement school(WebDriver browser, String name) {
        return browser.findElements(By.cssSelector("tr.school")).stream()
                .filter(row -> row.findElement(By.className("school-name")).getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no school «" + name + "» on the start page"));
    }

    private static int figure(WebElement row, String column) {
        return Integer.parseInt(row.findElement(By.className(column)).getText().replaceAll("\\D", ""));
    }
}
