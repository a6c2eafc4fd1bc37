package ru.ediary.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.it.exchange.ExchangeFixtures.JOURNAL;
import static ru.ediary.it.exchange.ExchangeFixtures.OTHER_SCHOOL;
import static ru.ediary.it.exchange.ExchangeFixtures.batch;
import static ru.ediary.it.exchange.ExchangeFixtures.subject;
import static ru.ediary.it.exchange.ExchangeFixtures.subjectOf;
import static ru.ediary.it.exchange.ExchangeFixtures.unique;

import java.net.URL;
import java.util.List;
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
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;
import ru.ediary.it.Browser;
import ru.ediary.it.DemoRegion;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;

/** The school's staff see what the journal sent: the batch, when, and what became of its records. */
@ExtendWith(ArquillianExtension.class)
class ExchangeLogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ExchangeTestSchools.class, TestSchool.class);
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
    void theSchoolAdminSeesTheJournalsBatchWithItsCounts() throws Exception {
        String p = unique("log");
        String batchId = p + "batch";
        // 4 created, 3 updated (a newer version later in the batch), 2 unchanged, 1 rejected: every count differs.
        SubmitBatch submitted = batch(batchId, subject(p + "1", 1, "Музыка") + subject(p + "2", 1, "ИЗО")
                + subject(p + "3", 1, "Труд") + subject(p + "4", 1, "Шахматы")
                + subject(p + "1", 2, "Музыка и пение") + subject(p + "2", 2, "Изобразительное искусство")
                + subject(p + "3", 2, "Технология") + subject(p + "4", 1, "Шахматы") + subject(p + "1", 1, "Музыка")
                + subjectOf(OTHER_SCHOOL, p + "5", 1, "Черчение"));
        JournalExchange journal = JournalClient.port(base, JOURNAL, JOURNAL);
        BatchReceipt receipt = journal.submitBatch(submitted).getReceipt();
        assertEquals(List.of(4, 3, 2, 1), List.of(receipt.getCreated(), receipt.getUpdated(), receipt.getUnchanged(),
                receipt.getRejected()));
        assertTrue(journal.submitBatch(submitted).getReceipt().isReplayed());

        Browser.signIn(browser, base, ExchangeFixtures.STAFF, ExchangeFixtures.STAFF);
        Browser.awaitUrl(browser, "/admin/index.xhtml");

        WebElement table = browser.findElement(By.id("batches"));
        assertEquals(8, table.findElements(By.cssSelector("thead th")).size(),
                "batch, received, account, 4 counts, duration");
        List<List<String>> rows = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText)
                        .map(String::trim).toList())
                .filter(cells -> !cells.isEmpty() && cells.get(0).equals(batchId))
                .toList();
        assertEquals(1, rows.size(), "the batch is listed once, its replay adds no line: " + table.getText());
        List<String> row = rows.get(0);
        assertEquals(JOURNAL, row.get(2), "who sent it");
        assertEquals(List.of("4", "3", "2", "1"), row.subList(3, 7), "created, updated, unchanged, rejected");
        assertTrue(row.get(1).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}"), "received: " + row.get(1));
        assertTrue(row.get(7).matches("\\d+"), "the duration of a finished batch, in ms: " + row.get(7));
    }
}
