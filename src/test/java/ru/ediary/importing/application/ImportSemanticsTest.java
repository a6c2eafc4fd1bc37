package ru.ediary.importing.application;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.importing.application.JournalFixture.record;
import static ru.ediary.importing.application.JournalFixture.valid;
import static ru.ediary.importing.model.ImportOutcome.CREATED;
import static ru.ediary.importing.model.ImportOutcome.REJECTED;
import static ru.ediary.importing.model.ImportOutcome.UNCHANGED;
import static ru.ediary.importing.model.ImportOutcome.UPDATED;
import static ru.ediary.importing.model.RecordKind.ATTENDANCE;
import static ru.ediary.importing.model.RecordKind.ATTENDANCE_CODE;
import static ru.ediary.importing.model.RecordKind.CONTROL_WORK;
import static ru.ediary.importing.model.RecordKind.CURRICULUM_PLAN;
import static ru.ediary.importing.model.RecordKind.DEFERRAL;
import static ru.ediary.importing.model.RecordKind.EXAM_RESULT;
import static ru.ediary.importing.model.RecordKind.FINAL_GRADE;
import static ru.ediary.importing.model.RecordKind.GUARDIAN;
import static ru.ediary.importing.model.RecordKind.GUARDIAN_LINK;
import static ru.ediary.importing.model.RecordKind.HOLIDAY;
import static ru.ediary.importing.model.RecordKind.HOMEWORK;
import static ru.ediary.importing.model.RecordKind.INDIVIDUAL_PLAN;
import static ru.ediary.importing.model.RecordKind.LESSON;
import static ru.ediary.importing.model.RecordKind.LESSON_TYPE;
import static ru.ediary.importing.model.RecordKind.MARK;
import static ru.ediary.importing.model.RecordKind.RECOMMENDATION;
import static ru.ediary.importing.model.RecordKind.SCHOOL_CLASS;
import static ru.ediary.importing.model.RecordKind.STUDENT;
import static ru.ediary.importing.model.RecordKind.STUDY_GROUP;
import static ru.ediary.importing.model.RecordKind.STUDY_GROUP_MEMBER;
import static ru.ediary.importing.model.RecordKind.SUBJECT;
import static ru.ediary.importing.model.RecordKind.TEACHER;
import static ru.ediary.importing.model.RecordKind.TEACHING_ASSIGNMENT;
import static ru.ediary.importing.model.RecordKind.TIMETABLE_CHANGE;
import static ru.ediary.importing.model.RecordKind.TIMETABLE_ENTRY;
import static ru.ediary.importing.model.RecordKind.WORK_TYPE;
import static ru.ediary.importing.model.RejectionCode.FOREIGN_SCHOOL;
import static ru.ediary.importing.model.RejectionCode.INVALID_VALUE;
import static ru.ediary.importing.model.RejectionCode.INVALID_VERSION;
import static ru.ediary.importing.model.RejectionCode.MISSING_FIELD;
import static ru.ediary.importing.model.RejectionCode.MISSING_SOURCED_ID;
import static ru.ediary.importing.model.RejectionCode.OUTSIDE_SCHOOL_YEAR;
import static ru.ediary.importing.model.RejectionCode.UNKNOWN_FIELD;
import static ru.ediary.importing.model.RejectionCode.UNKNOWN_REFERENCE;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.Relation;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.journal.model.AttendanceCode;
import ru.ediary.journal.model.ChangeKind;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.MarkStatus;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.journal.model.WorkType;
import ru.ediary.school.model.Holiday;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.StudyGroupMember;
import ru.ediary.school.model.TimetableEntry;

/** The import semantics of DESIGN §4 as the journal and the families rely on them, record by record. */
class ImportSemanticsTest {

    private final JournalFixture journal = new JournalFixture().seeded();

    private static SourcedRecord mark(String sourcedId, long version, String value) {
        return record(MARK, sourcedId, version, "student", "S1", "lesson", "L1", "value", value, "workType", "W1",
                "comment", "устный ответ");
    }

    private static SourcedRecord deletion(RecordKind kind, String sourcedId, long version) {
        return SourcedRecord.deletion(kind, sourcedId, version);
    }

    /** A rejection with its code, field and a message that names the record and the field. */
    private static void assertRejected(ImportResult result, RejectionCode code, String field) {
        assertAll(
                () -> assertEquals(REJECTED, result.outcome(), () -> "outcome; message: " + result.message()),
                () -> assertEquals(code, result.code(), () -> "code; message: " + result.message()),
                () -> assertEquals(field, result.field(), () -> "field; message: " + result.message()),
                () -> assertTrue(result.message().startsWith(result.kind().label() + " «" + result.sourcedId()
                        + "»" + (field == null ? "" : ", field «" + field + "»") + ": "), result.message()));
    }

    @Nested
    class Versions {

        @Test
        void aNewRecordIsCreatedAndHoldsItsValues() {
            ImportResult result = journal.apply(mark("M-1", 1, "4"));

            assertEquals(CREATED, result.outcome());
            Mark mark = journal.stored(Mark.class, "M-1");
            assertAll(
                    () -> assertEquals(4, mark.getValue().getNumeric()),
                    () -> assertSame(journal.stored(Student.class, "S1"), mark.getStudent()),
                    () -> assertEquals(LocalDate.parse("2026-09-02"), mark.getDate(), "the lesson's date"),
                    () -> assertEquals(0, new BigDecimal("3").compareTo(mark.getWeight()), "the work type's weight"),
                    () -> assertEquals("устный ответ", mark.getComment()),
                    () -> assertEquals(1, mark.getSourceVersion()),
                    () -> assertEquals(JournalFixture.NOW, mark.getImportedAt()),
                    () -> assertSame(journal.school, mark.getSchool()),
                    () -> assertFalse(mark.isDeleted()));
        }

        @Test
        void aHigherVersionUpdatesTheValues() {
            journal.apply(mark("M-1", 1, "4"));

            ImportResult result = journal.apply(record(MARK, "M-1", 2, "student", "S1", "lesson", "L1",
                    "value", "2", "weight", "2", "comment", "исправлено"));

            assertEquals(UPDATED, result.outcome());
            Mark mark = journal.stored(Mark.class, "M-1");
            assertAll(
                    () -> assertEquals(2, mark.getValue().getNumeric()),
                    () -> assertEquals(0, new BigDecimal("2").compareTo(mark.getWeight())),
                    () -> assertNull(mark.getWorkType(), "an optional field left out clears the value"),
                    () -> assertEquals("исправлено", mark.getComment()),
                    () -> assertEquals(2, mark.getSourceVersion()));
        }

        @ParameterizedTest(name = "version {0} after version 5")
        @ValueSource(longs = {5, 4, 0})
        void theSameOrAnOlderVersionChangesNothing(long version) {
            journal.apply(mark("M-1", 5, "4"));

            ImportResult result = journal.apply(mark("M-1", version, "2"));

            assertEquals(UNCHANGED, result.outcome());
            Mark mark = journal.stored(Mark.class, "M-1");
            assertEquals(4, mark.getValue().getNumeric());
            assertEquals(5, mark.getSourceVersion());
        }

        @Test
        void anOlderVersionIsNotCheckedSinceItChangesNothing() {
            journal.apply(mark("M-1", 5, "4"));

            assertEquals(UNCHANGED, journal.apply(mark("M-1", 3, "not a mark")).outcome());
        }

        @Test
        void aRecordAndItsNewerVersionInOneBatchAreCreatedOnceThenUpdated() {
            List<ImportResult> results = journal.batch(List.of(mark("M-1", 1, "3"), mark("M-1", 2, "5")));

            assertEquals(List.of(CREATED, UPDATED), results.stream().map(ImportResult::outcome).toList());
            assertEquals(5, journal.stored(Mark.class, "M-1").getValue().getNumeric());
            assertEquals(1, journal.store.all(Mark.class).size());
        }

        @Test
        void aRecordCreatedInABatchCanBeReferredToLaterInTheSameBatch() {
            List<ImportResult> results = journal.batch(List.of(
                    record(STUDENT, "S5", 1, "lastName", "Белов", "firstName", "Илья", "class", "C3B"),
                    record(MARK, "M-5", 1, "student", "S5", "lesson", "L1", "value", "5")));

            assertEquals(List.of(CREATED, CREATED), results.stream().map(ImportResult::outcome).toList());
            assertSame(journal.stored(Student.class, "S5"), journal.stored(Mark.class, "M-5").getStudent());
        }
    }

    @Nested
    class Deletions {

        @Test
        void deletingAKnownRecordIsAnUpdateThatKeepsItAsDeleted() {
            journal.apply(mark("M-1", 1, "4"));

            ImportResult result = journal.apply(deletion(MARK, "M-1", 2));

            assertEquals(UPDATED, result.outcome());
            Mark mark = journal.stored(Mark.class, "M-1");
            assertTrue(mark.isDeleted());
            assertEquals(2, mark.getSourceVersion());
            assertEquals(4, mark.getValue().getNumeric(), "a soft delete keeps the values");
        }

        @Test
        void aStaleActiveReplayAfterTheDeletionChangesNothing() {
            journal.apply(mark("M-1", 1, "4"));
            journal.apply(deletion(MARK, "M-1", 2));

            ImportResult replay = journal.apply(mark("M-1", 1, "4"));

            assertEquals(UNCHANGED, replay.outcome());
            assertTrue(journal.stored(Mark.class, "M-1").isDeleted());
        }

        @Test
        void aStaleDeletionOfAKnownRecordChangesNothing() {
            journal.apply(mark("M-1", 3, "4"));

            assertEquals(UNCHANGED, journal.apply(deletion(MARK, "M-1", 2)).outcome());
            assertFalse(journal.stored(Mark.class, "M-1").isDeleted());
        }

        /** The journal is the master: a version newer than its own deletion is a deliberate restore. */
        @Test
        void aNewerActiveVersionAfterTheDeletionRestoresTheRecordByDesign() {
            journal.apply(mark("M-1", 1, "4"));
            journal.apply(deletion(MARK, "M-1", 2));

            ImportResult restored = journal.apply(mark("M-1", 3, "5"));

            assertEquals(UPDATED, restored.outcome());
            Mark mark = journal.stored(Mark.class, "M-1");
            assertFalse(mark.isDeleted());
            assertEquals(5, mark.getValue().getNumeric());
            assertEquals(3, mark.getSourceVersion());
        }

        @Test
        void deletingANeverSeenRecordLeavesATombstoneThatAnOlderCreateCannotPass() {
            ImportResult deleted = journal.apply(deletion(MARK, "M-9", 5));

            assertEquals(UNCHANGED, deleted.outcome());
            assertTrue(journal.store.tombstone(journal.school, MARK, "M-9").isPresent(), "tombstone stored");
            assertEquals(5, journal.store.tombstone(journal.school, MARK, "M-9").get().getSourceVersion());

            ImportResult staleCreate = journal.apply(mark("M-9", 3, "4"));
            ImportResult equalCreate = journal.apply(mark("M-9", 5, "4"));

            assertEquals(UNCHANGED, staleCreate.outcome());
            assertEquals(UNCHANGED, equalCreate.outcome());
            assertTrue(journal.find(Mark.class, "M-9").isEmpty(), "nothing created");
        }

        @Test
        void aTombstoneAndTheStaleCreateInOneBatchCreateNothing() {
            List<ImportResult> results = journal.batch(List.of(deletion(MARK, "M-9", 5), mark("M-9", 3, "4")));

            assertEquals(List.of(UNCHANGED, UNCHANGED), results.stream().map(ImportResult::outcome).toList());
            assertTrue(journal.find(Mark.class, "M-9").isEmpty());
        }

        @Test
        void aLaterDeletionRaisesTheTombstone() {
            journal.apply(deletion(MARK, "M-9", 5));
            journal.apply(deletion(MARK, "M-9", 8));

            assertEquals(UNCHANGED, journal.apply(mark("M-9", 7, "4")).outcome());
            assertTrue(journal.find(Mark.class, "M-9").isEmpty());
        }

        /** As with a known record, a version newer than the deletion is the journal's restore. */
        @Test
        void aCreateNewerThanTheTombstoneCreatesTheRecordByDesign() {
            journal.apply(deletion(MARK, "M-9", 5));

            assertEquals(CREATED, journal.apply(mark("M-9", 6, "4")).outcome());
            assertFalse(journal.stored(Mark.class, "M-9").isDeleted());
        }
    }

    @Nested
    class References {

        @Test
        void aMarkForAnUnknownStudentIsRejectedAndNothingIsStored() {
            int before = journal.store.size();

            ImportResult result = journal.apply(record(MARK, "M-1", 1, "student", "S404", "lesson", "L1",
                    "value", "5"));

            assertRejected(result, UNKNOWN_REFERENCE, "student");
            assertEquals("mark «M-1», field «student»: no student «S404» in school rabitsy", result.message());
            assertEquals(before, journal.store.size());
            assertTrue(journal.find(Mark.class, "M-1").isEmpty());
        }

        @Test
        void aReferenceToADeletedRecordIsRejected() {
            journal.apply(deletion(STUDENT, "S2", 2));

            ImportResult result = journal.apply(record(MARK, "M-1", 1, "student", "S2", "lesson", "L1",
                    "value", "5"));

            assertRejected(result, UNKNOWN_REFERENCE, "student");
            assertTrue(result.message().endsWith("student «S2» was deleted"), result.message());
            assertTrue(journal.find(Mark.class, "M-1").isEmpty());
        }

        @Test
        void aReferenceIsResolvedWithinItsOwnKindOnly() {
            ImportResult result = journal.apply(record(MARK, "M-1", 1, "student", "T1", "lesson", "L1",
                    "value", "5"));

            assertRejected(result, UNKNOWN_REFERENCE, "student");
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "sourcedId «{0}»")
        @ValueSource(strings = {"", "  "})
        void aRecordWithoutSourcedIdIsRejected(String sourcedId) {
            assertRejected(journal.apply(mark(sourcedId, 1, "5")), MISSING_SOURCED_ID, "sourcedId");
        }

        @Test
        void aNullSourcedIdIsRejected() {
            assertRejected(journal.apply(mark(null, 1, "5")), MISSING_SOURCED_ID, "sourcedId");
        }

        @ParameterizedTest(name = "sourcedId «{0}»")
        @ValueSource(strings = {" M-1", "M-1 ", "M\t1",
                "01234567890123456789012345678901234567890123456789012345678901234"})
        void anUnprintablePaddedOrOverlongSourcedIdIsRejected(String sourcedId) {
            assertRejected(journal.apply(mark(sourcedId, 1, "5")), INVALID_VALUE, "sourcedId");
            assertEquals(0, journal.store.all(Mark.class).size());
        }

        @Test
        void aNegativeVersionIsRejected() {
            assertRejected(journal.apply(mark("M-1", -1, "5")), INVALID_VERSION, "version");
            assertTrue(journal.find(Mark.class, "M-1").isEmpty());
        }

        @Test
        void anUnknownFieldIsRejectedNamingTheKnownOnes() {
            ImportResult result = journal.apply(record(MARK, "M-1", 1, "student", "S1", "lesson", "L1",
                    "value", "5", "colour", "red"));

            assertRejected(result, UNKNOWN_FIELD, "colour");
            assertTrue(result.message().contains("[student, lesson, value, date, workType, weight, comment]"),
                    result.message());
        }

        @ParameterizedTest(name = "value «{0}»")
        @ValueSource(strings = {"", "   "})
        void aMissingOrBlankRequiredFieldIsRejected(String value) {
            ImportResult result = journal.apply(mark("M-1", 1, value));

            assertRejected(result, MISSING_FIELD, "value");
            assertEquals("mark «M-1», field «value»: the field is required", result.message());
        }

        @Test
        void anAbsentRequiredFieldIsRejected() {
            assertRejected(journal.apply(record(MARK, "M-1", 1, "student", "S1", "value", "5")),
                    MISSING_FIELD, "lesson");
        }

        @ParameterizedTest(name = "mark «{0}»")
        @ValueSource(strings = {"7", "0", "abc", "4+", "5.0", "н"})
        void aMarkThatIsNeitherOneToFiveNorAStatusIsRejected(String value) {
            ImportResult result = journal.apply(mark("M-1", 1, value));

            assertRejected(result, INVALID_VALUE, "value");
            assertTrue(result.message().contains("«" + value + "»"), result.message());
            assertTrue(journal.find(Mark.class, "M-1").isEmpty());
        }

        @ParameterizedTest(name = "status «{0}»")
        @ValueSource(strings = {"н/а", "зач", "незач", "осв", "Н/А", "PASS"})
        void aStatusMarkIsAccepted(String value) {
            assertEquals(CREATED, journal.apply(mark("M-1", 1, value)).outcome());

            Mark mark = journal.stored(Mark.class, "M-1");
            assertFalse(mark.getValue().isNumeric());
            assertEquals(MarkStatus.parse(value).orElseThrow(), mark.getValue().getStatus());
        }

        @Test
        void aLessonOutsideItsSchoolYearIsRejected() {
            ImportResult result = journal.apply(valid(LESSON, "L-7", 1, "date", "2027-06-15"));

            assertRejected(result, OUTSIDE_SCHOOL_YEAR, "date");
            assertTrue(result.message().contains("2026/2027"), result.message());
            assertTrue(journal.find(Lesson.class, "L-7").isEmpty());
        }

        @Test
        void aMarkDatedOutsideTheSchoolYearIsRejected() {
            assertRejected(journal.apply(record(MARK, "M-1", 1, "student", "S1", "lesson", "L1", "value", "5",
                    "date", "2026-08-31")), OUTSIDE_SCHOOL_YEAR, "date");
        }

        @Test
        void aRecordOfAnotherSchoolIsRejected() {
            SourcedRecord foreign = SourcedRecord.of(MARK, "M-1", 1).school("other-school")
                    .with("student", "S1").with("lesson", "L1").with("value", "5").build();

            ImportResult result = journal.apply(foreign);

            assertRejected(result, FOREIGN_SCHOOL, null);
            assertTrue(result.message().contains("other-school"), result.message());
            assertTrue(journal.find(Mark.class, "M-1").isEmpty());
        }

        @Test
        void aRecordNamingItsOwnSchoolIsAccepted() {
            SourcedRecord own = SourcedRecord.of(MARK, "M-1", 1).school(JournalFixture.SCHOOL_CODE)
                    .with("student", "S1").with("lesson", "L1").with("value", "5").build();

            assertEquals(CREATED, journal.apply(own).outcome());
        }

        @Test
        void aDeletionOfAnotherSchoolsRecordIsRejectedToo() {
            journal.apply(mark("M-1", 1, "4"));
            SourcedRecord foreign = new SourcedRecord(MARK, "M-1", 2, true, "other-school", Map.of());

            assertRejected(journal.apply(foreign), FOREIGN_SCHOOL, null);
            assertFalse(journal.stored(Mark.class, "M-1").isDeleted());
        }
    }

    @Nested
    class WholeOrNothing {

        @Test
        void aRejectedUpdateLeavesTheStoredMarkExactlyAsItWas() {
            journal.apply(mark("M-1", 1, "4"));
            Mark mark = journal.stored(Mark.class, "M-1");
            WorkType workType = mark.getWorkType();

            ImportResult result = journal.apply(record(MARK, "M-1", 2, "student", "S2", "lesson", "L1",
                    "value", "5", "comment", "новый", "workType", "W404"));

            assertRejected(result, UNKNOWN_REFERENCE, "workType");
            assertAll(
                    () -> assertEquals(4, mark.getValue().getNumeric(), "value"),
                    () -> assertSame(journal.stored(Student.class, "S1"), mark.getStudent(), "student"),
                    () -> assertSame(workType, mark.getWorkType(), "work type"),
                    () -> assertEquals("устный ответ", mark.getComment(), "comment"),
                    () -> assertEquals(1, mark.getSourceVersion(), "version"),
                    () -> assertFalse(mark.isDeleted()));
        }

        @Test
        void aRejectedUpdateCanBeFollowedByACorrectOneOfTheSameVersion() {
            journal.apply(mark("M-1", 1, "4"));
            journal.apply(record(MARK, "M-1", 2, "student", "S1", "lesson", "L1", "value", "9"));

            assertEquals(UPDATED, journal.apply(mark("M-1", 2, "5")).outcome());
            assertEquals(5, journal.stored(Mark.class, "M-1").getValue().getNumeric());
        }

        @Test
        void aRejectedUpdateOfATimetableEntryKeepsEveryField() {
            journal.apply(valid(TIMETABLE_ENTRY, "TT-1", 1));
            TimetableEntry entry = journal.stored(TimetableEntry.class, "TT-1");

            ImportResult result = journal.apply(valid(TIMETABLE_ENTRY, "TT-1", 2, "room", "7", "slot", "3",
                    "startsAt", "10:00", "endsAt", "09:00"));

            assertRejected(result, INVALID_VALUE, "endsAt");
            assertAll(
                    () -> assertEquals("12", entry.getRoom()),
                    () -> assertEquals(2, entry.getSlot()),
                    () -> assertEquals(LocalTime.of(9, 0), entry.getStartsAt()),
                    () -> assertEquals(1, entry.getSourceVersion()));
        }

        @Test
        void oneRejectedRecordDoesNotStopItsNeighbours() {
            List<ImportResult> results = journal.batch(List.of(mark("M-1", 1, "5"), mark("M-2", 1, "9"),
                    mark("M-3", 1, "3")));

            assertEquals(List.of(CREATED, REJECTED, CREATED), results.stream().map(ImportResult::outcome).toList());
            assertEquals(2, journal.store.all(Mark.class).size());
        }
    }

    @Nested
    class EveryKind {

        @ParameterizedTest
        @EnumSource(RecordKind.class)
        void aValidRecordIsCreatedAndANewerVersionUpdatesIt(RecordKind kind) {
            ImportResult created = journal.apply(valid(kind, "NEW-1", 1));
            assertEquals(CREATED, created.outcome(), created::message);

            ImportResult updated = journal.apply(valid(kind, "NEW-1", 2));
            assertEquals(UPDATED, updated.outcome(), updated::message);

            SchoolRecord stored = journal.stored(kind.entityType(), "NEW-1");
            assertEquals(2, stored.getSourceVersion());
            assertEquals(UPDATED, journal.apply(deletion(kind, "NEW-1", 3)).outcome());
            assertTrue(stored.isDeleted());
        }
    }

    /** One rejection of a reader's rule: which record, changed how, is refused with which code, naming what. */
    record Broken(String rule, RecordKind kind, String[] changes, RejectionCode code, String field,
                  String message) {

        static Broken of(String rule, RecordKind kind, String field, String value, RejectionCode code,
                         String message) {
            return new Broken(rule, kind, new String[] {field, value}, code, field, message);
        }

        @Override
        public String toString() {
            return kind.label() + ": " + rule;
        }
    }

    @Nested
    class ReaderRules {

        static Stream<Broken> brokenRecords() {
            String long121 = "x".repeat(121);
            return Stream.of(
                    Broken.of("a position longer than its column", TEACHER, "position", long121, INVALID_VALUE,
                            "is 121 characters long, at most 120 are allowed"),
                    Broken.of("a short name longer than its column", SUBJECT, "shortName", "x".repeat(41),
                            INVALID_VALUE, "at most 40"),
                    Broken.of("grade 0", SCHOOL_CLASS, "grade", "0", INVALID_VALUE, "0 is out of range 1–4"),
                    Broken.of("grade 5 in a primary school", SCHOOL_CLASS, "grade", "5", INVALID_VALUE,
                            "5 is out of range 1–4"),
                    Broken.of("an unknown period kind", SCHOOL_CLASS, "periodKind", "SEMESTER", INVALID_VALUE,
                            "«SEMESTER» is not one of [QUARTER, TRIMESTER, HALF_YEAR, YEAR]"),
                    Broken.of("an unknown class", STUDY_GROUP, "class", "C9", UNKNOWN_REFERENCE,
                            "no schoolClass «C9» in school rabitsy"),
                    Broken.of("a student of another class", STUDY_GROUP_MEMBER, "student", "S3", INVALID_VALUE,
                            "student «S3» of class 3А cannot be a member of group «Группа 1» of class 3Б"),
                    Broken.of("valid to before valid from", INDIVIDUAL_PLAN, "validTo", "2026-08-31",
                            INVALID_VALUE, "2026-08-31 is before 2026-09-01"),
                    Broken.of("a control-work flag that is no flag", LESSON_TYPE, "controlWork", "yes",
                            INVALID_VALUE, "«yes» is not true or false"),
                    Broken.of("weight above 10", WORK_TYPE, "weight", "10,5", INVALID_VALUE,
                            "10.5 is out of range 0–10"),
                    Broken.of("a negative weight", WORK_TYPE, "weight", "-1", INVALID_VALUE,
                            "-1 is out of range 0–10"),
                    Broken.of("a weight finer than the column", WORK_TYPE, "weight", "1.255", INVALID_VALUE,
                            "1.255 has more than 2 decimal places"),
                    Broken.of("a weight that is no number", WORK_TYPE, "weight", "много", INVALID_VALUE,
                            "«много» is not a number like 1.5"),
                    Broken.of("a code longer than its column", ATTENDANCE_CODE, "code", "ОТСУТСТВ.", INVALID_VALUE,
                            "is 9 characters long, at most 8 are allowed"),
                    new Broken("both a class and a group", TEACHING_ASSIGNMENT, new String[] {"group", "G1"},
                            INVALID_VALUE, "class", "exactly one of class, group, plan must be given, 2 were"),
                    new Broken("no audience", TEACHING_ASSIGNMENT, new String[] {"class", null},
                            MISSING_FIELD, "class", "exactly one of class, group, plan must be given, 0 were"),
                    Broken.of("more than 400 planned lessons", CURRICULUM_PLAN, "plannedLessons", "401",
                            INVALID_VALUE, "401 is out of range 0–400"),
                    Broken.of("a period of another school year", CURRICULUM_PLAN, "period", "Q1-25",
                            OUTSIDE_SCHOOL_YEAR, "class 3Б belongs to the school year 2026/2027, "
                                    + "the period «1 четверть» to 2025/2026"),
                    Broken.of("Sunday", TIMETABLE_ENTRY, "weekday", "7", INVALID_VALUE, "not on Sunday"),
                    Broken.of("a weekday that is none", TIMETABLE_ENTRY, "weekday", "8", INVALID_VALUE,
                            "«8» is not one of [MONDAY"),
                    Broken.of("slot 13", TIMETABLE_ENTRY, "slot", "13", INVALID_VALUE, "13 is out of range 0–12"),
                    Broken.of("ending as it starts", TIMETABLE_ENTRY, "endsAt", "09:00", INVALID_VALUE,
                            "a lesson must end after it starts (09:00)"),
                    Broken.of("valid to before valid from", TIMETABLE_ENTRY, "validTo", "2026-08-31",
                            INVALID_VALUE, "2026-08-31 is before 2026-09-01"),
                    Broken.of("valid from before the school year", TIMETABLE_ENTRY, "validFrom", "2026-08-25",
                            OUTSIDE_SCHOOL_YEAR, "2026-08-25 is outside the school year 2026/2027"),
                    Broken.of("ending before it starts", HOLIDAY, "endsOn", "2026-10-20", INVALID_VALUE,
                            "2026-10-20 is before 2026-10-26"),
                    new Broken("outside its school year", HOLIDAY,
                            new String[] {"startsOn", "2027-06-01", "endsOn", "2027-08-31"}, OUTSIDE_SCHOOL_YEAR,
                            "startsOn", "2027-06-01 is outside the school year 2026/2027 (2026-09-01 – 2027-05-31)"),
                    Broken.of("only for grade 12", HOLIDAY, "onlyGrade", "12", INVALID_VALUE,
                            "12 is out of range 1–11"),
                    Broken.of("a substitution without the replaced teacher", TIMETABLE_CHANGE, "originalTeacher",
                            null, MISSING_FIELD, "a substitution names the teacher who was replaced"),
                    new Broken("a move without the original date", TIMETABLE_CHANGE,
                            new String[] {"kind", "MOVE", "originalSlot", "3"}, MISSING_FIELD, "originalDate",
                            "a move names the date the lesson was moved from"),
                    Broken.of("an unknown kind of change", TIMETABLE_CHANGE, "kind", "POSTPONEMENT", INVALID_VALUE,
                            "«POSTPONEMENT» is not one of [SUBSTITUTION, MOVE, CANCELLATION]"),
                    Broken.of("an original date outside the school year", TIMETABLE_CHANGE, "originalDate",
                            "2026-06-01", OUTSIDE_SCHOOL_YEAR, "2026-06-01 is outside the school year"),
                    Broken.of("a student the lesson was not taught to", ATTENDANCE, "student", "S3", INVALID_VALUE,
                            "student «S3» of class 3А was not taught this lesson of 3Б"),
                    Broken.of("an unknown attendance code", ATTENDANCE, "code", "AC9", UNKNOWN_REFERENCE,
                            "no attendanceCode «AC9» in school rabitsy"),
                    Broken.of("due before it was given", HOMEWORK, "dueOn", "2026-09-01", INVALID_VALUE,
                            "2026-09-01 is before 2026-09-02"),
                    Broken.of("a text longer than its column", HOMEWORK, "text", "x".repeat(4001), INVALID_VALUE,
                            "is 4001 characters long, at most 4000 are allowed"),
                    Broken.of("an unknown teacher", RECOMMENDATION, "teacher", "T9", UNKNOWN_REFERENCE,
                            "no teacher «T9» in school rabitsy"),
                    Broken.of("a given-on date that is no date", RECOMMENDATION, "givenOn", "10.09.2026",
                            INVALID_VALUE, "«10.09.2026» is not a date like 2026-09-01"),
                    Broken.of("planned after its period", CONTROL_WORK, "plannedOn", "2026-11-10", INVALID_VALUE,
                            "2026-11-10 is outside the period «1 четверть» (2026-09-01 – 2026-10-25)"),
                    Broken.of("planned after the school year", CONTROL_WORK, "plannedOn", "2027-06-10",
                            OUTSIDE_SCHOOL_YEAR, "2027-06-10 is outside the school year 2026/2027"),
                    Broken.of("a period of another school year", CONTROL_WORK, "period", "Q1-25",
                            OUTSIDE_SCHOOL_YEAR, "class 3Б belongs to the school year 2026/2027"),
                    Broken.of("grade 6", FINAL_GRADE, "value", "6", INVALID_VALUE,
                            "«6» is neither a mark 1–5 nor one of н/а, осв, зач, незач"),
                    Broken.of("a student of last year's class", FINAL_GRADE, "student", "S9", OUTSIDE_SCHOOL_YEAR,
                            "student «S9» of class 2Б belongs to the school year 2025/2026, "
                                    + "the period «1 четверть» to 2026/2027"),
                    Broken.of("a result before the period began", FINAL_GRADE, "resultDate", "2026-08-30",
                            INVALID_VALUE, "2026-08-30 is before 2026-09-01"),
                    Broken.of("a deadline before the period began", DEFERRAL, "deadline", "2026-08-31",
                            INVALID_VALUE, "2026-08-31 is before 2026-09-01"),
                    Broken.of("a student of last year's class", DEFERRAL, "student", "S9", OUTSIDE_SCHOOL_YEAR,
                            "student «S9» of class 2Б belongs to the school year 2025/2026"),
                    Broken.of("score above 1000", EXAM_RESULT, "score", "1001", INVALID_VALUE,
                            "1001 is out of range 0–1000"),
                    Broken.of("mark 6", EXAM_RESULT, "mark", "6", INVALID_VALUE, "6 is out of range 1–5"),
                    Broken.of("mark 0", EXAM_RESULT, "mark", "0", INVALID_VALUE, "0 is out of range 1–5"),
                    Broken.of("a result before the exam", EXAM_RESULT, "resultDate", "2027-04-14", INVALID_VALUE,
                            "2027-04-14 is before 2027-04-15"),
                    Broken.of("no last name", GUARDIAN, "lastName", null, MISSING_FIELD, "the field is required"),
                    Broken.of("a last name longer than its column", GUARDIAN, "lastName", "Щ".repeat(101),
                            INVALID_VALUE, "at most 100"),
                    Broken.of("an unknown relation", GUARDIAN_LINK, "relation", "AUNT", INVALID_VALUE,
                            "«AUNT» is not one of [MOTHER, FATHER, GUARDIAN, TRUSTEE, OTHER]"),
                    Broken.of("an unknown guardian", GUARDIAN_LINK, "guardian", "GU9", UNKNOWN_REFERENCE,
                            "no guardian «GU9» in school rabitsy"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenRecords")
        void aRecordBreakingTheRuleIsRejectedAndNothingIsStored(Broken broken) {
            int before = journal.store.size();

            ImportResult result = journal.apply(valid(broken.kind(), "X-1", 1, broken.changes()));

            assertRejected(result, broken.code(), broken.field());
            assertTrue(result.message().contains(broken.message()), result.message());
            assertEquals(before, journal.store.size());
            assertTrue(journal.find(broken.kind().entityType(), "X-1").isEmpty());
        }

        @Test
        void aCancellationNeedsNeitherTeacherNorDate() {
            ImportResult result = journal.apply(record(TIMETABLE_CHANGE, "CH-1", 1, "kind", "CANCELLATION",
                    "lesson", "L1", "reason", "карантин"));

            assertEquals(CREATED, result.outcome(), result::message);
            TimetableChange change = journal.stored(TimetableChange.class, "CH-1");
            assertEquals(ChangeKind.CANCELLATION, change.getKind());
            assertEquals("карантин", change.getReason());
        }

        @Test
        void aMoveNeedsTheOriginalDateButNotTheSlot() {
            ImportResult result = journal.apply(record(TIMETABLE_CHANGE, "CH-1", 1, "kind", "move",
                    "lesson", "L1", "originalDate", "2026-09-01", "reason", "праздник"));

            assertEquals(CREATED, result.outcome(), result::message);
            TimetableChange change = journal.stored(TimetableChange.class, "CH-1");
            assertEquals(LocalDate.parse("2026-09-01"), change.getOriginalDate());
            assertNull(change.getOriginalSlot());
            assertNull(change.getOriginalTeacher());
        }

        @Test
        void aSubstitutionKeepsTheReplacedTeacher() {
            journal.apply(valid(TIMETABLE_CHANGE, "CH-1", 1));

            TimetableChange change = journal.stored(TimetableChange.class, "CH-1");
            assertEquals(ChangeKind.SUBSTITUTION, change.getKind());
            assertEquals("T2", change.getOriginalTeacher().getSourcedId());
        }

        @Test
        void aWorkTypeWeightMayUseADecimalComma() {
            journal.apply(valid(WORK_TYPE, "W-2", 1, "weight", "1,5"));

            assertEquals(new BigDecimal("1.5"), journal.stored(WorkType.class, "W-2").getWeight());
        }

        @ParameterizedTest(name = "weekday «{0}»")
        @ValueSource(strings = {"3", "WEDNESDAY", "wednesday"})
        void aTimetableWeekdayIsANumberOrAName(String weekday) {
            ImportResult result = journal.apply(valid(TIMETABLE_ENTRY, "TT-1", 1, "weekday", weekday));

            assertEquals(CREATED, result.outcome(), result::message);
            TimetableEntry entry = journal.stored(TimetableEntry.class, "TT-1");
            assertEquals(DayOfWeek.WEDNESDAY, entry.getWeekday());
            assertEquals(LocalTime.of(9, 40), entry.getEndsAt());
            assertNull(entry.getValidTo());
        }

        @Test
        void aTimetableEntryMayBeForAGroupOrAnIndividualPlan() {
            assertEquals(CREATED, journal.apply(valid(TIMETABLE_ENTRY, "TT-G", 1, "class", null, "group", "G1"))
                    .outcome());
            assertEquals(CREATED, journal.apply(valid(TIMETABLE_ENTRY, "TT-P", 1, "class", null, "plan", "P1"))
                    .outcome());
            assertEquals("G1", journal.stored(TimetableEntry.class, "TT-G").getAudience().getStudyGroup()
                    .getSourcedId());
        }

        @Test
        void anAttendanceCodeKeepsItsFlags() {
            journal.apply(valid(ATTENDANCE_CODE, "AC-2", 1, "excused", "TRUE", "present", null));

            AttendanceCode code = journal.stored(AttendanceCode.class, "AC-2");
            assertTrue(code.isExcused());
            assertFalse(code.isPresent(), "an absent flag is false");
        }

        @Test
        void aStudentOfTheGroupsClassMayJoinIt() {
            assertEquals(CREATED, journal.apply(valid(STUDY_GROUP_MEMBER, "GM-1", 1)).outcome());
            assertEquals("S2", journal.stored(StudyGroupMember.class, "GM-1").getStudent().getSourcedId());
        }

        @Test
        void attendanceOnAnIndividualLessonIsForThePlansStudent() {
            journal.apply(valid(LESSON, "L-P", 1, "class", null, "plan", "P1"));

            assertEquals(CREATED, journal.apply(valid(ATTENDANCE, "A-1", 1, "lesson", "L-P")).outcome());
        }

        @Test
        void aFinalGradeMayBeAStatus() {
            journal.apply(valid(FINAL_GRADE, "F-1", 1, "value", "зач"));

            FinalGrade grade = journal.stored(FinalGrade.class, "F-1");
            assertEquals(MarkStatus.PASS, grade.getValue().getStatus());
            assertEquals(LocalDate.parse("2026-10-28"), grade.getResultDate());
        }

        @Test
        void anExamResultMayHaveNeitherScoreNorMark() {
            journal.apply(valid(EXAM_RESULT, "E-1", 1, "score", null, "mark", null));

            ExamResult result = journal.stored(ExamResult.class, "E-1");
            assertNull(result.getScore());
            assertNull(result.getMark());
            assertEquals("ВПР по математике", result.getExamName());
        }

        @Test
        void aHolidayMayConcernOneGrade() {
            journal.apply(valid(HOLIDAY, "H-1", 1, "name", "Дополнительные каникулы", "startsOn", "2027-02-15",
                    "endsOn", "2027-02-21", "onlyGrade", "1"));

            Holiday holiday = journal.stored(Holiday.class, "H-1");
            assertTrue(holiday.covers(LocalDate.parse("2027-02-16"), 1));
            assertFalse(holiday.covers(LocalDate.parse("2027-02-16"), 3));
        }

        @Test
        void aGuardianLinkRelationIsReadIgnoringCase() {
            journal.apply(valid(GUARDIAN_LINK, "GL-1", 1, "relation", "mother", "basisDocument", null));

            GuardianLink link = journal.stored(GuardianLink.class, "GL-1");
            assertEquals(Relation.MOTHER, link.getRelation());
            assertNull(link.getBasisDocument());
        }
    }
}
