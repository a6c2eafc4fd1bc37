package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.it.GuardianConsentWorkflowIT.submit;
import static ru.ediary.it.GuardianConsentWorkflowIT.text;
import static ru.ediary.it.GuardianConsentWorkflowIT.type;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import ru.ediary.it.delivery.ProtocolServers;

/**
 * The guardian's own settings as demo.parent: withdrawing consent closes the cabinet at once and puts them on the
 * school's paper list, giving it in the cabinet opens it again; an address entered in the cabinet is confirmed by the
 * code sent to it; a typo in an address is refused. The test leaves
 * demo.parent as it found them (consent given).
 */
@ExtendWith(ArquillianExtension.class)
class GuardianSettingsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    private WebDriver parent;
    private WebDriver staff;

    @BeforeEach
    void openBrowsers() throws Exception {
        DemoRegion.awaitLoaded(base);
        parent = Browser.open();
        staff = Browser.open();
    }

    @AfterEach
    void closeBrowsers() {
        parent.quit();
        staff.quit();
    }

    @Test
    void withdrawingConsentClosesTheCabinetAndGivingItInTheCabinetOpensIt() {
        Browser.signIn(parent, base, "demo.parent", "demo.parent");
        Browser.awaitUrl(parent, "/parent/index.xhtml");
        String child = childShown();
        assertTrue(Cabinet.isOpenFor(parent, child), "the demo parent has consented");

        parent.get(base + "parent/consent.xhtml");
        assertTrue(text(parent, "consentText").contains("152-ФЗ"), "the text of the consent is shown");
        submit(parent, "withdraw:withdrawConsent");
        assertTrue(text(parent, "messages").contains("Отметьте, что вы понимаете"), "withdrawal asks to confirm");
        assertTrue(text(parent, "currentConsent").contains("дано"), "nothing changed yet");
        parent.findElement(By.id("withdraw:understood")).click();
        submit(parent, "withdraw:withdrawConsent");
        assertTrue(text(parent, "messages").contains("Согласие отозвано"));
        assertTrue(text(parent, "currentConsent").contains("отозвано"));

        parent.get(base + "parent/index.xhtml");
        assertFalse(Cabinet.isOpenFor(parent, child), "withdrawn: none of the child's data");
        Browser.signIn(staff, base, "demo.admin", "demo.admin");
        staff.get(base + "admin/paper.xhtml");
        assertTrue(staff.findElements(By.cssSelector(".paper-lines tr")).stream().map(e -> e.getText())
                .anyMatch(t -> t.contains("Смирнова Ольга Викторовна") && t.contains("согласие отозвано")),
                "the school office sees them on the paper list");

        parent.get(base + "parent/consent.xhtml");
        parent.findElement(By.id("give:textRead")).click();
        submit(parent, "give:giveConsent");
        assertTrue(text(parent, "messages").contains("Согласие дано"));
        assertTrue(text(parent, "ownHistory").contains("в личном кабинете"), "the ledger records the form");
        parent.get(base + "parent/index.xhtml");
        assertTrue(Cabinet.isOpenFor(parent, child), "consent given in the cabinet opens it again");

        staff.get(base + "admin/audit.xhtml");
        type(staff, "filter:actor", "demo.parent");
        submit(staff, "filter:find");
        String audit = text(staff, "entries");
        assertTrue(audit.contains("CONSENT_WITHDRAWN") && audit.contains("CONSENT_GIVEN"), audit);
    }

    @Test
    void aMistypedAddressIsRefusedAndNothingIsAdded() {
        Browser.signIn(parent, base, "demo.parent", "demo.parent");
        parent.get(base + "parent/settings.xhtml");
        int before = parent.findElements(By.cssSelector("[id$='contactTable'] tbody tr")).size();
        type(parent, "addContact:address", "olga.smirnova@mail");
        submit(parent, "addContact:add");
        assertTrue(text(parent, "messages").contains("не похоже на адрес электронной почты"));
        assertEquals(before, parent.findElements(By.cssSelector("[id$='contactTable'] tbody tr")).size());
    }

    @Test
    void anAddressEnteredInTheCabinetIsUsedOnlyAfterTheCodeSentToItIsTypedBack() throws Exception {
        ProtocolServers.start();
        String address = "olga.smirnova." + System.nanoTime() % 100000 + "@example.ru";
        Browser.signIn(parent, base, "demo.parent", "demo.parent");
        parent.get(base + "parent/settings.xhtml");
        type(parent, "addContact:address", address);
        submit(parent, "addContact:add");
        assertTrue(text(parent, "messages").contains("Код отправлен на электронную почту"));
        WebElement row = contactRow(address);
        assertTrue(row.getText().contains("не подтверждён"));

        String code = codeMailedTo(address);
        String wrong = code.equals("000000") ? "111111" : "000000";
        row.findElement(By.cssSelector("input[id$=':code']")).sendKeys(wrong);
        submit(parent, row.findElement(By.cssSelector("input[id$=':confirm']")).getAttribute("id"));
        assertTrue(text(parent, "messages").contains("Код неверный"));
        assertTrue(contactRow(address).getText().contains("не подтверждён"), "a wrong code confirms nothing");

        row = contactRow(address);
        row.findElement(By.cssSelector("input[id$=':code']")).sendKeys(code);
        submit(parent, row.findElement(By.cssSelector("input[id$=':confirm']")).getAttribute("id"));
        assertTrue(text(parent, "messages").contains("Контакт подтверждён"));
        assertTrue(contactRow(address).getText().contains("подтверждён")
                && !contactRow(address).getText().contains("не подтверждён"));

        Browser.signIn(staff, base, "demo.admin", "demo.admin");
        staff.get(base + "admin/audit.xhtml");
        type(staff, "filter:actor", "demo.parent");
        submit(staff, "filter:find");
        String audit = text(staff, "entries");
        assertTrue(audit.contains("CONTACT_CODE_SENT") && audit.contains("CONTACT_CODE_REJECTED")
                && audit.contains("CONTACT_CONFIRMED"), audit);
    }

    /** The code arrives by real SMTP (GreenMail), through the outbox, like any message. */
    private static String codeMailedTo(String address) throws Exception {
        Pattern sixDigits = Pattern.compile("\\b(\\d{6})\\b");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = ProtocolServers.mailTo(address);
            if (!mails.isEmpty()) {
                Matcher code = sixDigits.matcher(textOf(mails.get(mails.size() - 1)));
                assertTrue(code.find(), "the message carries a six-digit code");
                return code.group(1);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no code reached " + address + " within a minute");
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private WebElement contactRow(String address) {
        return parent.findElements(By.cssSelector("[id$='contactTable'] tbody tr")).stream()
                .filter(r -> r.getText().contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + address));
    }

    private String childShown() {
        return parent.findElement(By.id("children")).getText().split(",")[0];
    }
}
