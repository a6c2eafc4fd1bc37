package ru.ediary.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.it.exchange.ExchangeFixtures.JOURNAL;
import static ru.ediary.it.exchange.ExchangeFixtures.OTHER_SCHOOL;
import static ru.ediary.it.exchange.ExchangeFixtures.SCHOOL;
import static ru.ediary.it.exchange.ExchangeFixtures.batch;
import static ru.ediary.it.exchange.ExchangeFixtures.deletedStudent;
import static ru.ediary.it.exchange.ExchangeFixtures.digest;
import static ru.ediary.it.exchange.ExchangeFixtures.lesson;
import static ru.ediary.it.exchange.ExchangeFixtures.mark;
import static ru.ediary.it.exchange.ExchangeFixtures.reconcile;
import static ru.ediary.it.exchange.ExchangeFixtures.schoolClass;
import static ru.ediary.it.exchange.ExchangeFixtures.schoolYear;
import static ru.ediary.it.exchange.ExchangeFixtures.student;
import static ru.ediary.it.exchange.ExchangeFixtures.subject;
import static ru.ediary.it.exchange.ExchangeFixtures.subjectOf;
import static ru.ediary.it.exchange.ExchangeFixtures.unique;

import java.net.URL;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.GetReceipt;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.JournalRecord;
import ru.ediary.interfaces.exchange.contract.ReceiptLine;
import ru.ediary.interfaces.exchange.contract.ReconcileResponse;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.RecordOutcome;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;
import ru.ediary.it.DemoRegion;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;

/**
 * The journal's everyday use of the exchange through a client generated from the WSDL: a batch of every kind goes
 * in and is reconciled, replays and stale versions change nothing, deletes stick, and a bad record is rejected on
 * its own while its neighbours are applied. Every test writes under sourcedIds of its own (the database outlives a
 * run) and isolates its records with the reconciliation's class filter or before/after counts.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeRoundTripIT {

    /**
     * The kinds whose records belong to one class (their own, their student's, or that of the class, group or plan
     * they are taught to): reconcile can filter them.
     */
    private static final Set<RecordKindLabel> BY_CLASS = EnumSet.of(RecordKindLabel.SCHOOL_CLASS,
            RecordKindLabel.LESSON, RecordKindLabel.TIMETABLE_ENTRY, RecordKindLabel.TEACHING_ASSIGNMENT,
            RecordKindLabel.CURRICULUM_PLAN, RecordKindLabel.CONTROL_WORK,
            RecordKindLabel.STUDENT, RecordKindLabel.STUDY_GROUP, RecordKindLabel.STUDY_GROUP_MEMBER,
            RecordKindLabel.INDIVIDUAL_PLAN, RecordKindLabel.MARK, RecordKindLabel.ATTENDANCE,
            RecordKindLabel.RECOMMENDATION, RecordKindLabel.FINAL_GRADE, RecordKindLabel.DEFERRAL,
            RecordKindLabel.EXAM_RESULT, RecordKindLabel.GUARDIAN_LINK);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ExchangeTestSchools.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    private JournalExchange journal;

    @BeforeEach
    void signIn() throws Exception {
        DemoRegion.awaitLoaded(base);
        journal = JournalClient.port(base, JOURNAL, JOURNAL);
    }

    @Test
    void aBatchOfEveryKindGoesInIsReconciledAndItsReplayChangesNothing() throws Exception {
        String p = unique("rt");
        SubmitBatch sample = ExchangeFixtures.sample(p, p + "all");
        List<JournalRecord> records = sample.getRecords().getRecord();
        assertEquals(RecordKindLabel.values().length, records.size(), "the sample holds one record of every kind");
        Map<RecordKindLabel, Long> countsBefore = counts();

        BatchReceipt receipt = journal.submitBatch(sample).getReceipt();

        assertEquals(p + "all", receipt.getBatchId());
        assertEquals(SCHOOL, receipt.getSchool());
        assertFalse(receipt.isReplayed());
        assertEquals(records.size(), receipt.getCreated());
        assertEquals(0, receipt.getUpdated() + receipt.getUnchanged() + receipt.getRejected());
        assertEquals(records.size(), receipt.getLine().size(), "one line per record");
        for (int i = 0; i < records.size(); i++) {
            ReceiptLine line = lineAt(receipt, i);
            JournalRecord record = records.get(i);
            assertEquals(record.getSourcedId(), line.getSourcedId(), "line " + i);
            assertEquals(kindOf(record), line.getKind(), "line " + i);
            assertEquals(RecordOutcome.CREATED, line.getOutcome(), () -> "line " + describe(line));
            assertNull(line.getCode(), "an applied record carries no rejection code");
        }

        GetReceipt ask = new GetReceipt();
        ask.setBatchId(p + "all");
        BatchReceipt stored = journal.getReceipt(ask).getReceipt();
        assertEquals(lines(receipt), lines(stored), "getReceipt answers with the receipt of the submission");
        assertEquals(receipt.getCreated(), stored.getCreated());
        assertEquals(receipt.getRejected(), stored.getRejected());
        assertEquals(receipt.getSchool(), stored.getSchool());

        Map<RecordKindLabel, Long> countsAfter = counts();
        for (RecordKindLabel kind : countsBefore.keySet()) {
            assertEquals(countsBefore.get(kind) + 1, countsAfter.get(kind), "one more " + kind.value());
        }
        Map<RecordKindLabel, String> digestsOfTheClass = new EnumMap<>(RecordKindLabel.class);
        for (JournalRecord record : records) {
            RecordKindLabel kind = kindOf(record);
            if (BY_CLASS.contains(kind)) {
                ReconcileResponse ofTheClass = reconcile(journal, kind, p + "CL-3B");
                assertEquals(1, ofTheClass.getCount(), kind.value() + " of class " + p + "CL-3B");
                assertEquals("SHA-256", ofTheClass.getAlgorithm());
                assertEquals(digest(Map.of(record.getSourcedId(), versionOf(record))), ofTheClass.getDigest(),
                        "the server's digest of the " + kind.value() + " is the one the journal computes");
                digestsOfTheClass.put(kind, ofTheClass.getDigest());
            }
        }
        assertEquals(BY_CLASS, digestsOfTheClass.keySet());

        BatchReceipt replay = journal.submitBatch(sample).getReceipt();

        assertTrue(replay.isReplayed(), "the same batchId again is a replay");
        assertEquals(lines(receipt), lines(replay), "a replay answers with the first receipt, line by line");
        assertEquals(receipt.getCreated(), replay.getCreated());
        assertEquals(countsAfter, counts(), "a replay changes no count");
        for (Map.Entry<RecordKindLabel, String> entry : digestsOfTheClass.entrySet()) {
            assertEquals(entry.getValue(), reconcile(journal, entry.getKey(), p + "CL-3B").getDigest(),
                    "a replay changes no " + entry.getKey().value());
        }
    }

    @Test
    void anOlderVersionChangesNothingAndAStaleReplayDoesNotBringADeletedRecordBack() throws Exception {
        String p = unique("ver");
        String student = p + "ST-1001";
        String schoolClass = p + "CL-3B";
        assertEquals(RecordKindLabel.values().length, journal.submitBatch(ExchangeFixtures.sample(p, p + "sample"))
                .getReceipt().getCreated());
        assertEquals(digest(Map.of(student, 1L)), students(schoolClass).getDigest());

        assertEquals(RecordOutcome.UPDATED, only(submit(p + "v5", student(student, 5, schoolClass, "Петров-Водкин"))));
        assertEquals(digest(Map.of(student, 5L)), students(schoolClass).getDigest());

        assertEquals(RecordOutcome.UNCHANGED, only(submit(p + "v3", student(student, 3, schoolClass, "Сидоров"))),
                "an older version changes nothing");
        assertEquals(RecordOutcome.UNCHANGED, only(submit(p + "v5again", student(student, 5, schoolClass,
                "Сидоров"))), "nor does the same version once more");
        assertEquals(digest(Map.of(student, 5L)), students(schoolClass).getDigest(), "version 5 is still stored");

        long allStudents = reconcile(journal, RecordKindLabel.STUDENT).getCount();
        assertEquals(RecordOutcome.UPDATED, only(submit(p + "del6", deletedStudent(student, 6))));
        assertEquals(0, students(schoolClass).getCount(), "the deleted student is out of the census");
        assertEquals(digest(Map.of()), students(schoolClass).getDigest());
        assertEquals(allStudents - 1, reconcile(journal, RecordKindLabel.STUDENT).getCount());

        assertEquals(RecordOutcome.UNCHANGED, only(submit(p + "v4", student(student, 4, schoolClass, "Петров"))),
                "a stale active version does not undo the delete");
        BatchReceipt staleSample = journal.submitBatch(ExchangeFixtures.sample(p, p + "sample-again")).getReceipt();
        assertEquals(RecordOutcome.UNCHANGED, lineOf(staleSample, student).getOutcome(),
                "the first batch sent again under a new batchId does not bring the student back");
        assertEquals(0, students(schoolClass).getCount(), "the student stays deleted");
        assertEquals(allStudents - 1, reconcile(journal, RecordKindLabel.STUDENT).getCount());
    }

    @Test
    void aRecordOfAnotherSchoolIsRejectedAndItsNeighboursAreApplied() throws Exception {
        String p = unique("fs");
        long before = reconcile(journal, RecordKindLabel.SUBJECT).getCount();

        BatchReceipt receipt = submit(p + "batch", subject(p + "own", 1, "Хореография")
                + subjectOf(OTHER_SCHOOL, p + "foreign", 1, "Черчение")
                + subjectOf(SCHOOL, p + "named", 1, "Риторика"));

        assertEquals(RecordOutcome.CREATED, lineOf(receipt, p + "own").getOutcome());
        ReceiptLine foreign = lineOf(receipt, p + "foreign");
        assertEquals(RecordOutcome.REJECTED, foreign.getOutcome());
        assertEquals("FOREIGN_SCHOOL", foreign.getCode());
        assertTrue(foreign.getMessage().contains(OTHER_SCHOOL), foreign.getMessage());
        assertEquals(RecordOutcome.CREATED, lineOf(receipt, p + "named").getOutcome(),
                "naming the account's own school is fine");
        assertEquals(2, receipt.getCreated());
        assertEquals(1, receipt.getRejected());
        assertEquals(before + 2, reconcile(journal, RecordKindLabel.SUBJECT).getCount());

        assertEquals(RecordOutcome.CREATED, only(submit(p + "again", subject(p + "foreign", 1, "Черчение"))),
                "nothing of the rejected record was stored: sent for the own school, it is new");
    }

    @Test
    void unknownReferencesAreRejectedByRecordAndFieldAndTheirNeighboursAreApplied() throws Exception {
        String p = unique("ref");
        String schoolClass = p + "CL-3B";
        String sampleMark = p + "MK-1001-20260902";
        assertEquals(RecordKindLabel.values().length, journal.submitBatch(ExchangeFixtures.sample(p, p + "sample"))
                .getReceipt().getCreated());
        long lessonsBefore = reconcile(journal, RecordKindLabel.LESSON).getCount();

        BatchReceipt receipt = submit(p + "batch",
                mark(p + "MK-nobody", 1, p + "ST-nobody", p + "LS-3B-MATH-20260902-2", "4")
                        + lesson(p + "LS-noclass", 1, p + "CL-none", p + "SUBJ-MATH", "2026-09-09")
                        + mark(p + "MK-on-noclass", 1, p + "ST-1001", p + "LS-noclass", "3")
                        + lesson(p + "LS-ok", 1, schoolClass, p + "SUBJ-MATH", "2026-09-09")
                        + mark(p + "MK-ok", 7, p + "ST-1001", p + "LS-ok", "5"));

        assertRejected(lineOf(receipt, p + "MK-nobody"), "student", p + "ST-nobody");
        assertRejected(lineOf(receipt, p + "LS-noclass"), "class", p + "CL-none");
        assertRejected(lineOf(receipt, p + "MK-on-noclass"), "lesson", p + "LS-noclass");
        assertEquals(RecordOutcome.CREATED, lineOf(receipt, p + "LS-ok").getOutcome());
        assertEquals(RecordOutcome.CREATED, lineOf(receipt, p + "MK-ok").getOutcome(),
                "a mark on a lesson of the same batch is applied after it");
        assertEquals(2, receipt.getCreated());
        assertEquals(3, receipt.getRejected());

        assertEquals(lessonsBefore + 1, reconcile(journal, RecordKindLabel.LESSON).getCount());
        ReconcileResponse marks = reconcile(journal, RecordKindLabel.MARK, schoolClass);
        assertEquals(2, marks.getCount(), "the sample's mark and the good one");
        assertEquals(digest(Map.of(sampleMark, epochMillis("2026-09-02T10:15:00+03:00"), p + "MK-ok", 7L)),
                marks.getDigest(), "a mark sent with lastModified is versioned by its epoch milliseconds");
    }

    @Test
    void reconciliationAgreesAfterAFullImportOfAClassAndSeesARecordTheServerNeverGot() throws Exception {
        String p = unique("rc");
        String year = p + "SY";
        String schoolClass = p + "CL-2A";
        int n = 40;
        Map<String, Long> journalSide = new LinkedHashMap<>();
        StringBuilder records = new StringBuilder(schoolYear(year, 1) + schoolClass(schoolClass, 1, year, "2А", 2));
        for (int i = 1; i <= n; i++) {
            String id = p + "S-" + i;
            long version = 1 + (i * 7L) % 11;
            journalSide.put(id, version);
            records.append(student(id, version, schoolClass, "Ученик" + i));
        }

        BatchReceipt receipt = submit(p + "class", records.toString());

        assertEquals(n + 2, receipt.getCreated(), () -> "all created: " + describeAll(receipt));
        ReconcileResponse server = students(schoolClass);
        assertEquals(n, server.getCount());
        assertEquals(digest(journalSide), server.getDigest(), "both sides hold the same students at the same versions");

        Map<String, Long> withOneMore = new HashMap<>(journalSide);
        withOneMore.put(p + "S-never-sent", 1L);
        assertNotEquals(digest(withOneMore), server.getDigest(), "a student the server never got shows as drift");
        assertNotEquals(withOneMore.size(), server.getCount());
        Map<String, Long> withANewerVersion = new HashMap<>(journalSide);
        withANewerVersion.merge(p + "S-17", 1L, Long::sum);
        assertNotEquals(digest(withANewerVersion), server.getDigest(),
                "a version the server never got shows as drift, though the counts agree");
    }

    // ----- helpers -----

    private BatchReceipt submit(String batchId, String records) throws Exception {
        return journal.submitBatch(batch(batchId, records)).getReceipt();
    }

    private ReconcileResponse students(String schoolClass) throws Exception {
        return reconcile(journal, RecordKindLabel.STUDENT, schoolClass);
    }

    /**
     * The school's count of every kind the class filter cannot narrow (the others are reconciled by class): each
     * call pays a full password check, so the journal asks for no more than it needs.
     */
    private Map<RecordKindLabel, Long> counts() throws Exception {
        Map<RecordKindLabel, Long> counts = new EnumMap<>(RecordKindLabel.class);
        for (RecordKindLabel kind : EnumSet.complementOf(EnumSet.copyOf(BY_CLASS))) {
            counts.put(kind, reconcile(journal, kind).getCount());
        }
        return counts;
    }

    private static RecordOutcome only(BatchReceipt receipt) {
        assertEquals(1, receipt.getLine().size());
        return receipt.getLine().get(0).getOutcome();
    }

    private static void assertRejected(ReceiptLine line, String field, String unknownId) {
        assertEquals(RecordOutcome.REJECTED, line.getOutcome(), () -> describe(line));
        assertEquals("UNKNOWN_REFERENCE", line.getCode(), () -> describe(line));
        assertEquals(field, line.getField(), () -> describe(line));
        assertTrue(line.getMessage().contains(line.getSourcedId()), () -> "names the record: " + line.getMessage());
        assertTrue(line.getMessage().contains(field), () -> "names the field: " + line.getMessage());
        assertTrue(line.getMessage().contains(unknownId), () -> "names what is unknown: " + line.getMessage());
    }

    private static ReceiptLine lineAt(BatchReceipt receipt, int position) {
        return receipt.getLine().stream().filter(l -> l.getPosition() == position).findFirst()
                .orElseThrow(() -> new AssertionError("no line for position " + position));
    }

    private static ReceiptLine lineOf(BatchReceipt receipt, String sourcedId) {
        return receipt.getLine().stream().filter(l -> sourcedId.equals(l.getSourcedId())).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + sourcedId + ": " + describeAll(receipt)));
    }

    /** The receipt's lines as comparable text, in position order. */
    private static List<String> lines(BatchReceipt receipt) {
        return receipt.getLine().stream().sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                .map(ExchangeRoundTripIT::describe).toList();
    }

    private static String describe(ReceiptLine line) {
        return line.getPosition() + " " + line.getKind().value() + " " + line.getSourcedId() + " "
                + line.getOutcome() + " " + line.getCode() + " " + line.getField() + " " + line.getMessage();
    }

    private static String describeAll(BatchReceipt receipt) {
        return receipt.getLine().stream().map(ExchangeRoundTripIT::describe).collect(Collectors.joining("; "));
    }

    /** SchoolYearRecord → schoolYear, by the contract's naming. */
    private static RecordKindLabel kindOf(JournalRecord record) {
        String type = record.getClass().getSimpleName().replaceFirst("Record$", "");
        return RecordKindLabel.fromValue(Character.toLowerCase(type.charAt(0)) + type.substring(1));
    }

    /** The version as the contract defines it: the version, or lastModified in epoch milliseconds. */
    private static long versionOf(JournalRecord record) {
        return record.getVersion() != null ? record.getVersion()
                : epochMillis(record.getLastModified().toXMLFormat());
    }

    private static long epochMillis(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant().toEpochMilli();
    }
}
