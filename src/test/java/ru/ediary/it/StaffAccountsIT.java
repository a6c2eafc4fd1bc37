package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.it.GuardianConsentWorkflowIT.submit;
import static ru.ediary.it.GuardianConsentWorkflowIT.text;
import static ru.ediary.it.GuardianConsentWorkflowIT.type;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The school's accounts page: a journal system account is created, its credentials rotated, locked and unlocked. */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    private WebDriver staff;
    private WebDriver system;

    @BeforeEach
    void openBrowsers() throws Exception {
        DemoRegion.awaitLoaded(base);
        staff = Browser.open();
        system = Browser.open();
    }

    @AfterEach
    void closeBrowsers() {
        staff.quit();
        system.quit();
    }

    @Test
    void rotatedCredentialsReplaceTheOldOnesAndALockedAccountCannotSignIn() {
        String login = "it.journal." + UUID.randomUUID().toString().substring(0, 6);
        Browser.signIn(staff, base, "demo.admin", "demo.admin");
        staff.get(base + "admin/accounts.xhtml");
        type(staff, "create:login", login);
        type(staff, "create:name", "Электронный журнал (резервный)");
        new Select(staff.findElement(By.id("create:role"))).selectByVisibleText("электронный журнал (системная)");
        submit(staff, "create:createButton");
        String first = text(staff, "sheetPassword");
        assertTrue(row(login).getText().contains("действует"));

        submit(staff, row(login).findElement(By.cssSelector("input[id$='renew']")).getAttribute("id"));
        String second = text(staff, "sheetPassword");
        assertNotEquals(first, second);

        assertTrue(signInRefused(login, first), "the rotated-away credential no longer works");
        Browser.signIn(system, base, login, second);
        Browser.awaitUrl(system, "/journal/index.xhtml");
        Browser.clickAndAwaitNewPage(system, system.findElement(By.id("signOut:signOutButton")));

        submit(staff, row(login).findElement(By.cssSelector("input[id$='lock']")).getAttribute("id"));
        assertTrue(row(login).getText().contains("заблокирована"));
        assertTrue(signInRefused(login, second), "a locked account cannot sign in");
        submit(staff, row(login).findElement(By.cssSelector("input[id$='unlock']")).getAttribute("id"));
        Browser.signIn(system, base, login, second);
        Browser.awaitUrl(system, "/journal/index.xhtml");

        staff.get(base + "admin/audit.xhtml");
        type(staff, "filter:subject", "account:" + login);
        submit(staff, "filter:find");
        String audit = text(staff, "entries");
        for (String action : new String[] {"ACCOUNT_CREATED", "CREDENTIALS_ROTATED", "ACCOUNT_LOCKED",
                "ACCOUNT_UNLOCKED"}) {
            assertTrue(audit.contains(action), action + ": " + audit);
        }
    }

    @Test
    void staffCannotLockThemselves() {
        Browser.signIn(staff, base, "demo.admin", "demo.admin");
        staff.get(base + "admin/accounts.xhtml");
        submit(staff, row("demo.admin").findElement(By.cssSelector("input[id$='lock']")).getAttribute("id"));
        assertTrue(text(staff, "messages").contains("Нельзя заблокировать свою"));
        assertEquals(1, staff.findElements(By.cssSelector("input[id$='signOutButton']")).size(), "still signed in");
    }

    private boolean signInRefused(String login, String password) {
        Browser.signIn(system, base, login, password);
        return system.getCurrentUrl().contains("/login.xhtml")
                && text(system, "login:messages").contains("Неверный логин или пароль");
    }

    private WebElement row(String login) {
        return staff.findElements(By.cssSelector("#accounts\\:accountTable tbody tr")).stream()
                .filter(r -> r.findElement(By.className("login")).getText().equals(login)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + login));
    }
}
