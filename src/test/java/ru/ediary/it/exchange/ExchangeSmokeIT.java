package ru.ediary.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.BatchRecords;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.RecordOutcome;
import ru.ediary.interfaces.exchange.contract.SubjectRecord;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;
import ru.ediary.it.DemoRegion;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;

@ExtendWith(ArquillianExtension.class)
class ExchangeSmokeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ExchangeTestSchools.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aSubjectGoesInAndItsReplayIsAnsweredFromTheReceipt() throws Exception {
        DemoRegion.awaitLoaded(base);
        JournalExchange journal = JournalClient.port(base, ExchangeFixtures.JOURNAL, ExchangeFixtures.JOURNAL);
        SubjectRecord subject = new SubjectRecord();
        subject.setSourcedId("smoke-" + UUID.randomUUID());
        subject.setVersion(1L);
        subject.setName("Шахматы");
        SubmitBatch batch = new SubmitBatch();
        batch.setBatchId("smoke-" + UUID.randomUUID());
        batch.setRecords(new BatchRecords());
        batch.getRecords().getRecord().add(subject);

        BatchReceipt first = journal.submitBatch(batch).getReceipt();
        assertEquals(1, first.getCreated());
        assertEquals(RecordOutcome.CREATED, first.getLine().get(0).getOutcome());
        assertFalse(first.isReplayed());

        BatchReceipt again = journal.submitBatch(batch).getReceipt();
        assertTrue(again.isReplayed());
        assertEquals(RecordOutcome.CREATED, again.getLine().get(0).getOutcome());
    }
}
