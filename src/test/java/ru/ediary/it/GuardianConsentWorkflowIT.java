package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

/**
 * The school office's consent-and-contacts workflow in the browser, as demo.admin: a guardian added from an
 * application gets an account on a printed sheet, signs in and must choose a password; a registered refusal puts
 * them on the paper list and closes their cabinet, a consent from paper opens it again; contacts come from written
 * applications; bad input is refused with a message and changes nothing; and every step is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class GuardianConsentWorkflowIT {

    private static final String TODAY = ServerClock.today()
            .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    private WebDriver staff;
    private WebDriver parent;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void openBrowsers() throws Exception {
        DemoRegion.awaitLoaded(base);
        staff = Browser.open();
        parent = Browser.open();
    }

    @AfterEach
    void closeBrowsers() {
        staff.quit();
        parent.quit();
    }

    @Test
    void refusalMovesTheGuardianToPaperAndClosesTheCabinetConsentFromPaperOpensItAgain() {
        Browser.signIn(staff, base, "demo.admin", "demo.admin");
        String lastName = "Проверкина";
        String fullName = "Проверкина Мария Ивановна";

        // A guardian the journal does not know, from a written application, linked to a pupil.
        staff.get(base + "admin/guardians.xhtml");
        type(staff, "create:lastName", lastName);
        type(staff, "create:firstName", "Мария");
        type(staff, "create:middleName", "Ивановна");
        Select pupils = new Select(staff.findElement(By.id("create:student")));
        pupils.selectByIndex(1);
        String child = pupils.getFirstSelectedOption().getText().split(" — ")[1];
        new Select(staff.findElement(By.id("create:relation"))).selectByVisibleText("мать");
        type(staff, "create:basis", "Свидетельство о рождении II-ВО № 4" + tag);
        submit(staff, "create:createButton");
        Browser.awaitUrl(staff, "admin/guardian.xhtml?id=");
        String guardianUrl = staff.getCurrentUrl();
        String guardianRef = "guardian:" + guardianUrl.replaceAll(".*id=(\\d+).*", "$1");
        assertEquals(fullName, text(staff, "guardianName"));
        assertTrue(text(staff, "links:linkTable").contains(child));
        assertTrue(text(staff, "consentState").contains("нет ответа"));
        assertTrue(text(staff, "paperNotice").contains("нет ответа на запрос согласия"));

        // Consent from a signed paper application, then the cabinet account on its printable sheet.
        recordConsent("согласие дано", TODAY, "Заявление № 5" + tag);
        assertTrue(text(staff, "consentHistory").contains("Заявление № 5" + tag));
        String login = "it.mother." + tag;
        type(staff, "account:login", login);
        submit(staff, "account:createAccount");
        assertEquals(login, text(staff, "sheetLogin"));
        assertEquals(fullName, text(staff, "sheetName"));
        String issuedPassword = text(staff, "sheetPassword");
        assertEquals(12, issuedPassword.length());

        // The guardian signs in with the issued password and must choose their own before anything else.
        Browser.signIn(parent, base, login, issuedPassword);
        Browser.awaitUrl(parent, "/account/password.xhtml");
        assertTrue(text(parent, "mustChange").contains("Придумайте свой"));
        parent.get(base + "parent/index.xhtml");
        Browser.awaitUrl(parent, "/account/password.xhtml");
        String ownPassword = "Своё-пароль-" + tag;
        changePassword(parent, issuedPassword, ownPassword);
        Browser.awaitUrl(parent, "/parent/index.xhtml");
        assertTrue(Cabinet.isOpenFor(parent, child), "consent given: the child's diary is open");

        // A written refusal: paper list, cabinet closed.
        recordConsent("в согласии отказано", TODAY, "Заявление № 6" + tag);
        assertTrue(text(staff, "paperNotice").contains("отказ в согласии"));
        staff.get(base + "admin/paper.xhtml");
        assertTrue(paperLineOf(fullName).contains("отказ в согласии"), "the refusing guardian is on the paper list");
        parent.navigate().refresh();
        assertFalse(Cabinet.isOpenFor(parent, child), "after a refusal the cabinet shows none of the child's data");

        // Consent from paper again: off the paper list, cabinet open.
        staff.get(guardianUrl);
        recordConsent("согласие дано", TODAY, "Заявление № 7" + tag);
        assertTrue(staff.findElements(By.id("paperNotice")).isEmpty(), "consent, account and no paper chosen");
        staff.get(base + "admin/paper.xhtml");
        assertEquals("", paperLineOf(fullName));
        parent.navigate().refresh();
        assertTrue(Cabinet.isOpenFor(parent, child), "access returns with the consent");

        // A contact from a written application is confirmed by the document.
        staff.get(guardianUrl);
        addContact("электронная почта", "Mama." + tag + "@Example.RU", "Заявление № 8" + tag);
        String contacts = text(staff, "contacts:contactTable");
        assertTrue(contacts.contains("mama." + tag + "@example.ru") && contacts.contains("подтверждён")
                && contacts.contains("письменное заявление") && contacts.contains("Заявление № 8" + tag), contacts);

        // Every change is in the audit log, with who did it.
        staff.get(base + "admin/audit.xhtml");
        type(staff, "filter:subject", guardianRef);
        submit(staff, "filter:find");
        String audit = text(staff, "entries");
        for (String action : List.of("LINK_ADDED", "CONSENT_GIVEN", "CONSENT_REFUSED", "CONTACT_ADDED", "STAFF_VIEW")) {
            assertTrue(audit.contains(action), action + " is audited: " + audit);
        }
        assertTrue(audit.contains("demo.admin"));
        type(staff, "filter:subject", "account:" + login);
        submit(staff, "filter:find");
        assertTrue(text(staff, "entries").contains("ACCOUNT_CREATED"));
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() {
        Browser.signIn(staff, base, "demo.admin", "demo.admin");
        staff.get(base + "admin/guardians.xhtml");
        type(staff, "search:name", "Смирнова Ольга");
        submit(staff, "search:find");
        staff.findElement(By.linkText("Смирнова Ольга Викторовна")).click();
        Browser.awaitUrl(staff, "admin/guardian.xhtml?id=");
        int consents = rows(staff, "consentHistory");
        int contacts = rows(staff, "contacts:contactTable");

        String tomorrow = ServerClock.today().plusDays(1)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        recordConsent("в согласии отказано", tomorrow, "Заявление № 9" + tag);
        assertTrue(text(staff, "messages").contains("не может быть позже сегодняшней"));
        recordConsent("в согласии отказано", TODAY, "");
        assertTrue(text(staff, "messages").contains("Укажите номер или реквизиты документа"));
        recordConsent("в согласии отказано", "31.02.2026", "Заявление № 9" + tag);
        assertTrue(text(staff, "consent").contains("дд.мм.гггг"));
        assertEquals(consents, rows(staff, "consentHistory"), "no refused form added a ledger entry");
        assertTrue(text(staff, "consentState").contains("дано"));

        addContact("телефон", "8 (812) 123-45", "Заявление № 10" + tag);
        assertTrue(text(staff, "messages").contains("не похоже на номер мобильного телефона"));
        addContact("электронная почта", "mama@", "Заявление № 10" + tag);
        assertTrue(text(staff, "messages").contains("не похоже на адрес электронной почты"));
        addContact("электронная почта", "ok." + tag + "@example.ru", " ");
        assertTrue(text(staff, "messages").contains("Укажите номер или реквизиты заявления"));
        assertEquals(contacts, rows(staff, "contacts:contactTable"), "no refused contact was stored");
    }

    private void recordConsent(String decision, String date, String document) {
        new Select(staff.findElement(By.id("consent:decision"))).selectByVisibleText(decision);
        new Select(staff.findElement(By.id("consent:form"))).selectByVisibleText("подписанное заявление на бумаге");
        type(staff, "consent:date", date);
        type(staff, "consent:document", document);
        submit(staff, "consent:recordConsent");
    }

    private void addContact(String channel, String address, String document) {
        new Select(staff.findElement(By.id("contact:channel"))).selectByVisibleText(channel);
        type(staff, "contact:address", address);
        new Select(staff.findElement(By.id("contact:source"))).selectByVisibleText("письменное заявление");
        type(staff, "contact:document", document);
        submit(staff, "contact:addContact");
    }

    private static void changePassword(WebDriver browser, String current, String chosen) {
        type(browser, "password:current", current);
        type(browser, "password:chosen", chosen);
        type(browser, "password:repeated", chosen);
        submit(browser, "password:change");
    }

    private String paperLineOf(String guardianName) {
        return staff.findElements(By.cssSelector(".paper-lines tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(guardianName)).findFirst().orElse("");
    }

    private static int rows(WebDriver browser, String tableId) {
        List<WebElement> tables = browser.findElements(By.id(tableId));
        return tables.isEmpty() ? 0 : tables.get(0).findElements(By.cssSelector("tbody tr")).size();
    }

    static void type(WebDriver browser, String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Submits the form of the button {@code id} and waits for the page that answers. */
    static void submit(WebDriver browser, String id) {
        Browser.awaitLoaded(browser);
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id(id)));
    }

    static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
