package ru.ediary.interfaces.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.interfaces.exchange.contract.JournalRecord;
import ru.ediary.interfaces.exchange.contract.LessonRecord;
import ru.ediary.interfaces.exchange.contract.LessonStatus;
import ru.ediary.interfaces.exchange.contract.MarkRecord;
import ru.ediary.interfaces.exchange.contract.ObjectFactory;
import ru.ediary.interfaces.exchange.contract.RecordStatus;

/** What the journal sends in the contract's types arrives at the import with the same meaning. */
class RecordMappingTest {

    private final DatatypeFactory xml = DatatypeFactory.newDefaultInstance();

    @Test
    void aLessonKeepsEveryFieldUnderItsImportName() {
        LessonRecord lesson = new LessonRecord();
        lesson.setSourcedId("l-1");
        lesson.setVersion(7L);
        lesson.setClazz("c-3");
        lesson.setSubject("math");
        lesson.setDate(xml.newXMLGregorianCalendar("2026-10-05"));
        lesson.setSlot(2);
        lesson.setStartsAt(xml.newXMLGregorianCalendar("09:25:00"));
        lesson.setStatus(LessonStatus.HELD);
        lesson.setTopic("Умножение на 7");

        SourcedRecord record = RecordMapping.toSourcedRecord(lesson);

        assertEquals(RecordKind.LESSON, record.kind());
        assertEquals("l-1", record.sourcedId());
        assertEquals(7, record.version());
        assertFalse(record.deleted(), "the lesson's own status HELD is not the record's status");
        assertEquals(Map.of("class", "c-3", "subject", "math", "date", "2026-10-05", "slot", "2",
                "startsAt", "09:25", "status", "HELD", "topic", "Умножение на 7"), record.fields());
    }

    @Test
    void aDeletedRecordCarriesNoFieldsAndLastModifiedBecomesItsVersion() {
        MarkRecord mark = new MarkRecord();
        mark.setSourcedId("m-1");
        mark.setLastModified(xml.newXMLGregorianCalendar("2026-11-30T10:15:30.250Z"));
        mark.setRecordStatus(RecordStatus.DELETED);
        mark.setValue("5");

        SourcedRecord record = RecordMapping.toSourcedRecord(mark);

        assertTrue(record.deleted());
        assertEquals(Instant.parse("2026-11-30T10:15:30.250Z").toEpochMilli(), record.version());
        assertTrue(record.fields().isEmpty());
    }

    @Test
    void everyRecordTypeOfTheContractHasItsKind() throws Exception {
        for (var method : ObjectFactory.class.getMethods()) {
            Class<?> type = method.getReturnType();
            if (JournalRecord.class.isAssignableFrom(type) && type != JournalRecord.class) {
                RecordKind kind = RecordMapping.kindOf(type);
                assertEquals(type.getSimpleName(), Character.toUpperCase(kind.label().charAt(0))
                        + kind.label().substring(1) + "Record");
            }
        }
    }
}
