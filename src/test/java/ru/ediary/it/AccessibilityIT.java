package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * Every page of the cabinet, the office and the regional authority, on a desktop and on a phone's 390 px, has no accessibility violation that
 * axe-core finds against WCAG 2.1 A and AA (labels, contrast, landmarks, table headers, names of links and buttons).
 * Reads the demo region only.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> CABINET = List.of("index", "week", "marks", "final-grades", "timetable",
            "control-works", "teachers", "holidays", "recommendations", "consent", "settings", "notifications");
    private static final List<String> OFFICE = List.of("index", "guardians", "consents", "paper", "extracts",
            "final-grades", "curriculum", "results", "publication", "outbox", "audit", "accounts");
    private static final List<String> REGION = List.of("index.xhtml", "school.xhtml?code=47-volosovo-sosh1",
            "school.xhtml?code=47-rabitica-nosh", "school.xhtml?code=no-such-school");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCabinetTheOfficeAndTheRegionHaveNoViolationsOnADesktopOrAPhone() throws Exception {
        DemoRegion.awaitLoaded(base);
        List<String> violations = new ArrayList<>();
        WebDriver browser = Browser.open();
        try {
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                browser.manage().deleteAllCookies();
                check(browser, "", size, violations);
                check(browser, "login.xhtml", size, violations);
                Browser.signIn(browser, base, "demo.parent", "demo.parent");
                for (String page : CABINET) {
                    check(browser, "parent/" + page + ".xhtml", size, violations);
                }
                browser.manage().deleteAllCookies();
                Browser.signIn(browser, base, "demo.admin", "demo.admin");
                for (String page : OFFICE) {
                    check(browser, "admin/" + page + ".xhtml", size, violations);
                }
                browser.manage().deleteAllCookies();
                Browser.signIn(browser, base, "demo.region", "demo.region");
                for (String page : REGION) {
                    check(browser, "region/" + page, size, violations);
                }
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), violations);
    }

    private void check(WebDriver browser, String page, Dimension size, List<String> violations) {
        browser.get(base + page);
        Browser.awaitLoaded(browser);
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        for (Rule rule : results.getViolations()) {
            violations.add(size.getWidth() + " px /" + page + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                    + rule.getHelp() + " — " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                    .limit(5).collect(Collectors.joining(", ")));
        }
    }
}
