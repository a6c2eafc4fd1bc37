package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Each demo account signs in through the Russian sign-in page and lands on its role's page. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String FAILED = "Неверный логин или пароль";

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

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "demo.parent,  /parent/index.xhtml,  Кабинет родителя (законного представителя)",
            "demo.student, /student/index.xhtml, Кабинет обучающегося",
            "demo.admin,   /admin/index.xhtml,   Рабочее место администратора школы",
            "demo.journal, /journal/index.xhtml, Системная учётная запись электронного журнала",
            "demo.region,  /region/index.xhtml,  Кабинет органа управления образованием"})
    void demoAccountSignsInWithItsLoginAsPasswordAndLandsOnItsPage(String login, String page, String heading) {
        signIn(login, login);
        Browser.awaitUrl(browser, page);
        assertEquals(heading, browser.findElement(By.id("roleHeading")).getText());
        assertTrue(browser.findElement(By.className("signed-in-as")).getText().startsWith("Вы вошли как"));

        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("signOut:signOutButton")));
        Browser.awaitUrl(browser, "/login.xhtml?signedOut");
        assertTrue(browser.findElement(By.id("signedOut")).getText().contains("Вы вышли"));
        browser.get(base + page.substring(1));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "signed out, the page asks to sign in again");
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSameMessageAndNoSession() {
        signIn("demo.admin", "not-the-password");
        String wrongPassword = browser.findElement(By.id("login:messages")).getText();
        assertTrue(wrongPassword.contains(FAILED), wrongPassword);
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));

        signIn("nobody.at.all", "whatever");
        assertEquals(wrongPassword, browser.findElement(By.id("login:messages")).getText(),
                "the message must not tell which part was wrong");

        browser.get(base + "admin/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "no session was opened");
    }

    @Test
    void protectedPageAsksToSignInAndThenOpens() {
        browser.get(base + "admin/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "redirected to sign in");
        Browser.fillSignInForm(browser, "demo.admin", "demo.admin");
        Browser.awaitUrl(browser, "/admin/index.xhtml");
    }

    @Test
    void parentCannotOpenStaffPages() {
        signIn("demo.parent", "demo.parent");
        Browser.awaitUrl(browser, "/parent/index.xhtml");
        browser.get(base + "admin/index.xhtml");
        assertEquals("Нет доступа", browser.findElement(By.tagName("h1")).getText());
    }

    private void signIn(String login, String password) {
        Browser.signIn(browser, base, login, password);
    }
}
