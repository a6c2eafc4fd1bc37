package ru.ediary.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.it.exchange.ExchangeFixtures.JOURNAL;
import static ru.ediary.it.exchange.ExchangeFixtures.batch;
import static ru.ediary.it.exchange.ExchangeFixtures.digest;
import static ru.ediary.it.exchange.ExchangeFixtures.lesson;
import static ru.ediary.it.exchange.ExchangeFixtures.mark;
import static ru.ediary.it.exchange.ExchangeFixtures.reconcile;
import static ru.ediary.it.exchange.ExchangeFixtures.schoolClass;
import static ru.ediary.it.exchange.ExchangeFixtures.schoolYear;
import static ru.ediary.it.exchange.ExchangeFixtures.student;
import static ru.ediary.it.exchange.ExchangeFixtures.subject;
import static ru.ediary.it.exchange.ExchangeFixtures.unique;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.ReceiptLine;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.RecordOutcome;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;
import ru.ediary.it.DemoRegion;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;

/**
 * Two batches about the same students and marks arrive at once (two clients, two threads), each newer for some
 * records and older for others: the result must be what applying them one after the other gives — for every
 * record the newest version — with each new mark created exactly once and nothing rejected.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeConcurrencyIT {

    private static final int STUDENTS = 150;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ExchangeTestSchools.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void awaitDemo() throws Exception {
        DemoRegion.awaitLoaded(base);
    }

    @Test
    void twoConcurrentBatchesEndAsIfAppliedOneAfterTheOtherNewestVersionWinning() throws Exception {
        String p = unique("cc");
        String year = p + "SY";
        String schoolClass = p + "CL-4B";
        String lesson = p + "LS";
        JournalExchange setup = JournalClient.port(base, JOURNAL, JOURNAL);
        StringBuilder first = new StringBuilder(schoolYear(year, 1) + schoolClass(schoolClass, 1, year, "4В", 4)
                + subject(p + "SUBJ", 1, "Окружающий мир")
                + lesson(lesson, 1, schoolClass, p + "SUBJ", "2026-09-15"));
        for (int i = 0; i < STUDENTS; i++) {
            first.append(student(p + "ST-" + i, 1, schoolClass, "Ученик" + i));
        }
        assertEquals(STUDENTS + 4, setup.submitBatch(batch(p + "setup", first.toString())).getReceipt().getCreated());

        // Interleaved: for each student and each (new) mark, one batch has the newer version, chosen at random.
        long seed = System.nanoTime();
        System.out.println("ExchangeConcurrencyIT: versions drawn with seed " + seed);
        Random random = new Random(seed);
        Map<String, Long> studentsA = new HashMap<>();
        Map<String, Long> studentsB = new HashMap<>();
        Map<String, Long> marksA = new HashMap<>();
        Map<String, Long> marksB = new HashMap<>();
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < STUDENTS; i++) {
            String id = p + "ST-" + i;
            long older = 2 + random.nextInt(5);
            long newer = older + 1 + random.nextInt(5);
            boolean aNewer = random.nextBoolean();
            studentsA.put(id, aNewer ? newer : older);
            studentsB.put(id, aNewer ? older : newer);
            a.append(student(id, studentsA.get(id), schoolClass, "Ученик" + i + "-A"));
            b.append(student(id, studentsB.get(id), schoolClass, "Ученик" + i + "-B"));
        }
        for (int i = 0; i < STUDENTS; i++) {
            String id = p + "MK-" + i;
            long older = 1 + random.nextInt(5);
            long newer = older + 1 + random.nextInt(5);
            boolean aNewer = random.nextBoolean();
            marksA.put(id, aNewer ? newer : older);
            marksB.put(id, aNewer ? older : newer);
            a.append(mark(id, marksA.get(id), p + "ST-" + i, lesson, "4"));
            b.append(mark(id, marksB.get(id), p + "ST-" + i, lesson, "5"));
        }

        List<BatchReceipt> receipts = concurrently(batch(p + "A", a.toString()), batch(p + "B", b.toString()));

        for (BatchReceipt receipt : receipts) {
            System.out.printf("ExchangeConcurrencyIT: %s received %s, %d ms: %d created, %d updated, %d unchanged%n",
                    receipt.getBatchId(), receipt.getReceivedAt(), receipt.getDurationMillis(), receipt.getCreated(),
                    receipt.getUpdated(), receipt.getUnchanged());
            assertEquals(0, receipt.getRejected(), () -> "nothing rejected in " + receipt.getBatchId() + ": "
                    + receipt.getLine().stream().filter(l -> l.getOutcome() == RecordOutcome.REJECTED)
                    .map(l -> l.getSourcedId() + " " + l.getCode() + " " + l.getMessage()).toList());
            assertEquals(2 * STUDENTS, receipt.getLine().size());
        }
        long marksCreated = receipts.stream().flatMap(r -> r.getLine().stream())
                .filter(l -> l.getKind() == RecordKindLabel.MARK && l.getOutcome() == RecordOutcome.CREATED).count();
        assertEquals(STUDENTS, marksCreated, "each mark was created once, by one of the two batches");
        for (int i = 0; i < STUDENTS; i++) {
            String id = p + "ST-" + i;
            boolean aNewer = studentsA.get(id) > studentsB.get(id);
            RecordOutcome newer = lineOf(receipts.get(aNewer ? 0 : 1), id).getOutcome();
            RecordOutcome older = lineOf(receipts.get(aNewer ? 1 : 0), id).getOutcome();
            assertEquals(RecordOutcome.UPDATED, newer, id + ": the newer version is applied, whenever it comes");
            assertTrue(older == RecordOutcome.UPDATED || older == RecordOutcome.UNCHANGED, id + ": " + older);
            String markId = p + "MK-" + i;
            boolean aNewerMark = marksA.get(markId) > marksB.get(markId);
            RecordOutcome newerMark = lineOf(receipts.get(aNewerMark ? 0 : 1), markId).getOutcome();
            RecordOutcome olderMark = lineOf(receipts.get(aNewerMark ? 1 : 0), markId).getOutcome();
            assertTrue(newerMark == RecordOutcome.CREATED || newerMark == RecordOutcome.UPDATED,
                    markId + ": the newer version is applied, whenever it comes, but was " + newerMark);
            assertTrue(olderMark == RecordOutcome.CREATED || olderMark == RecordOutcome.UNCHANGED,
                    markId + ": the older version is applied only when it comes first, but was " + olderMark);
        }

        JournalExchange check = JournalClient.port(base, JOURNAL, JOURNAL);
        Map<String, Long> newestStudents = newest(studentsA, studentsB);
        Map<String, Long> newestMarks = newest(marksA, marksB);
        assertEquals(STUDENTS, reconcile(check, RecordKindLabel.STUDENT, schoolClass).getCount());
        assertEquals(digest(newestStudents), reconcile(check, RecordKindLabel.STUDENT, schoolClass).getDigest(),
                "every student at the newer of its two versions");
        assertEquals(STUDENTS, reconcile(check, RecordKindLabel.MARK, schoolClass).getCount());
        assertEquals(digest(newestMarks), reconcile(check, RecordKindLabel.MARK, schoolClass).getDigest(),
                "every mark at the newer of its two versions");
        assertNotEquals(digest(studentsA), digest(newestStudents), "the batches really are interleaved");
        assertNotEquals(digest(studentsB), digest(newestStudents), "the batches really are interleaved");
    }

    /** Submits both batches at the same moment, each through a client of its own; receipts in argument order. */
    private List<BatchReceipt> concurrently(SubmitBatch a, SubmitBatch b) throws Exception {
        JournalExchange clientA = JournalClient.port(base, JOURNAL, JOURNAL);
        JournalExchange clientB = JournalClient.port(base, JOURNAL, JOURNAL);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<BatchReceipt> fromA = threads.submit(() -> {
                start.await();
                return clientA.submitBatch(a).getReceipt();
            });
            Future<BatchReceipt> fromB = threads.submit(() -> {
                start.await();
                return clientB.submitBatch(b).getReceipt();
            });
            return List.of(fromA.get(3, TimeUnit.MINUTES), fromB.get(3, TimeUnit.MINUTES));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, Long> newest(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> newest = new HashMap<>(a);
        b.forEach((id, version) -> newest.merge(id, version, Math::max));
        return newest;
    }

    private static ReceiptLine lineOf(BatchReceipt receipt, String sourcedId) {
        return Stream.of(receipt).flatMap(r -> r.getLine().stream()).filter(l -> sourcedId.equals(l.getSourcedId()))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + sourcedId));
    }
}
