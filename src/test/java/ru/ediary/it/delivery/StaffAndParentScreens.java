package ru.ediary.it.delivery;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.ediary.it.Browser;

/**
 * The pages of the notifications as staff and parents use them, through a browser. A class of its own so that the
 * test class, which also runs inside the server, never names a Selenium type.
 */
final class StaffAndParentScreens {

    private StaffAndParentScreens() {
    }

    /** What staff see of the outbox filtered by state, and the page's notice after "send again" on a row. */
    record DeadMessages(String table, String notice) {
    }

    /** Signs in as the school office, shows the dead messages, and sends again the one to {@code address}. */
    static DeadMessages resendDead(URL base, String address) {
        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, base, FamilyFixtures.STAFF, FamilyFixtures.STAFF + FamilyFixtures.PASSWORD_SUFFIX);
            browser.get(base + "admin/outbox.xhtml");
            new Select(browser.findElement(By.id("outboxFilter:status"))).selectByValue("DEAD");
            Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("outboxFilter:apply")));
            String table = browser.findElement(By.id("outboxRows:messages")).getText();
            WebElement row = browser.findElements(By.cssSelector("#outboxRows\\:messages tbody tr")).stream()
                    .filter(r -> r.getText().contains(address)).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead message to " + address + " in " + table));
            Browser.clickAndAwaitNewPage(browser, row.findElement(By.cssSelector("input[type=submit]")));
            return new DeadMessages(table, browser.findElement(By.id("outboxNotice")).getText());
        } finally {
            browser.quit();
        }
    }

    /**
     * Signs in as a parent of the school, switches SMS about marks on, saves, and reads the page again: the kinds ticked
     * for SMS after the reload and the confirmation shown after saving.
     */
    static List<String> chooseMarksBySms(URL base) {
        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, base, FamilyFixtures.PARENT, FamilyFixtures.PARENT + FamilyFixtures.PASSWORD_SUFFIX);
            browser.get(base + "parent/notifications.xhtml");
            WebElement marks = browser.findElement(By.cssSelector("input[name='notifications:sms'][value='MARK']"));
            if (!marks.isSelected()) {
                marks.click();
            }
            Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("notifications:save")));
            String saved = browser.findElement(By.id("notificationsSaved")).getText();
            browser.get(base + "parent/notifications.xhtml");
            List<String> ticked = browser.findElements(By.cssSelector("input[name='notifications:sms']")).stream()
                    .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).toList();
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(saved), ticked.stream()).toList();
        } finally {
            browser.quit();
        }
    }
}
