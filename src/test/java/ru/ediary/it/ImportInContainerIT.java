package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.importing.model.ImportOutcome.CREATED;
import static ru.ediary.importing.model.ImportOutcome.REJECTED;
import static ru.ediary.importing.model.ImportOutcome.UNCHANGED;
import static ru.ediary.importing.model.ImportOutcome.UPDATED;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SchoolRecordStore;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.journal.application.RegionOverview;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.SchoolFigures;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.School;

/** Journal records go in through the application service inside Liberty, reach the database and come back. */
@ExtendWith(ArquillianExtension.class)
class ImportInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClass(ImportInContainerIT.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    RegionOverview overview;

    @Inject
    SchoolRecordStore store;

    private final String code = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void importedRecordsAreStoredReplaysChangeNothingAndRejectionsLeaveNoTrace() throws Exception {
        registry.region("47", "Ленинградская область");
        long school = registry.school("47", code, "Тестовая школа " + code, "Тестовая " + code,
                EducationLevel.PRIMARY, null);

        List<SourcedRecord> journal = List.of(
                SourcedRecord.of(RecordKind.SCHOOL_YEAR, "y", 1).with("name", "2026/2027")
                        .with("startsOn", "2026-09-01").with("endsOn", "2027-05-31").build(),
                SourcedRecord.of(RecordKind.SCHOOL_CLASS, "c3", 1).with("schoolYear", "y").with("name", "3Б")
                        .with("grade", 3).with("periodKind", "QUARTER").build(),
                SourcedRecord.of(RecordKind.SUBJECT, "math", 1).with("name", "Математика").build(),
                SourcedRecord.of(RecordKind.STUDENT, "s1", 1).with("lastName", "Соколова")
                        .with("firstName", "Анна").with("middleName", "Игоревна").with("class", "c3").build(),
                SourcedRecord.of(RecordKind.LESSON, "l1", 1).with("class", "c3").with("subject", "math")
                        .with("date", "2026-10-05").with("slot", 2).with("status", "HELD")
                        .with("topic", "Умножение на 7").build(),
                SourcedRecord.of(RecordKind.MARK, "m1", 1).with("student", "s1").with("lesson", "l1")
                        .with("value", "5").build());

        assertOutcomes(CREATED, journalImport.applyAll(school, journal));
        assertEquals(new SchoolFigures(1, 1, 1, 1), figures());

        assertOutcomes(UNCHANGED, journalImport.applyAll(school, journal));
        assertEquals(new SchoolFigures(1, 1, 1, 1), figures(), "a replay creates nothing twice");

        assertEquals(UPDATED, journalImport.apply(school, SourcedRecord.of(RecordKind.MARK, "m1", 2)
                .with("student", "s1").with("lesson", "l1").with("value", "4").build()).outcome());
        assertEquals(UNCHANGED, journalImport.apply(school, journal.get(5)).outcome(), "version 1 is stale now");
        assertEquals(4, markValue("m1"), "the newer version stays");

        ImportResult unknownStudent = journalImport.apply(school, SourcedRecord.of(RecordKind.MARK, "m2", 1)
                .with("student", "nobody").with("lesson", "l1").with("value", "3").build());
        assertEquals(REJECTED, unknownStudent.outcome());
        assertEquals(RejectionCode.UNKNOWN_REFERENCE, unknownStudent.code());
        assertTrue(unknownStudent.message().contains("mark «m2»") && unknownStudent.message().contains("student"),
                unknownStudent.message());
        assertEquals(new SchoolFigures(1, 1, 1, 1), figures(), "a rejected record leaves no row");

        assertEquals(UPDATED, journalImport.apply(school, SourcedRecord.deletion(RecordKind.STUDENT, "s1", 2))
                .outcome());
        assertEquals(UNCHANGED, journalImport.apply(school, journal.get(3)).outcome(), "a stale replay");
        assertEquals(0, figures().students(), "deleted stays deleted");
    }

    private static void assertOutcomes(ImportOutcome expected, List<ImportResult> results) {
        results.forEach(r -> assertEquals(expected, r.outcome(), r.kind() + " " + r.sourcedId() + ": " + r.message()));
    }

    private SchoolFigures figures() {
        return overview.regions().stream().flatMap(r -> r.schools().stream())
                .filter(s -> s.code().equals(code)).findFirst().orElseThrow().figures();
    }

    private int markValue(String sourcedId) throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        try {
            School school = store.school(registry.schoolId(code).orElseThrow()).orElseThrow();
            return store.find(Mark.class, school, sourcedId).orElseThrow().getValue().getNumeric();
        } finally {
            tx.rollback();
        }
    }
}
