package ru.ediary.importing.application;

import static ru.ediary.importing.model.RecordKind.ACADEMIC_PERIOD;
import static ru.ediary.importing.model.RecordKind.ATTENDANCE_CODE;
import static ru.ediary.importing.model.RecordKind.GUARDIAN;
import static ru.ediary.importing.model.RecordKind.INDIVIDUAL_PLAN;
import static ru.ediary.importing.model.RecordKind.LESSON;
import static ru.ediary.importing.model.RecordKind.LESSON_TYPE;
import static ru.ediary.importing.model.RecordKind.SCHOOL_CLASS;
import static ru.ediary.importing.model.RecordKind.SCHOOL_YEAR;
import static ru.ediary.importing.model.RecordKind.STUDENT;
import static ru.ediary.importing.model.RecordKind.STUDY_GROUP;
import static ru.ediary.importing.model.RecordKind.SUBJECT;
import static ru.ediary.importing.model.RecordKind.TEACHER;
import static ru.ediary.importing.model.RecordKind.WORK_TYPE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolRecord;

/**
 * A school with an in-memory store and the real import semantics, and the journal data of its first weeks of
 * 2026/2027: class 3Б (students S1, S2; group G1; S1's individual plan P1; lesson L1 on 2026-09-02), class 3А
 * (student S3), and class 2Б of the previous year 2025/2026 (student S9).
 */
final class JournalFixture {

    /** After every result the seed sends (the exam's of 2027-04-25): the import refuses results dated after today. */
    static final Instant NOW = Instant.parse("2027-05-01T09:00:00Z");
    static final String SCHOOL_CODE = "rabitsy";

    final School school = new School(new Region("47", "Ленинградская область"), SCHOOL_CODE,
            "МОУ «Рабитицкая начальная общеобразовательная школа»", "Рабитицкая НОШ", EducationLevel.PRIMARY, null);
    final InMemorySchoolRecordStore store = new InMemorySchoolRecordStore(school);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RecordApplication application = new RecordApplication(RecordReaders.all(), clock);

    /** The base data, every record at version 1, in dependency order. */
    private static final List<SourcedRecord> SEED = List.of(
            record(SCHOOL_YEAR, "Y26", 1, "name", "2026/2027", "startsOn", "2026-09-01", "endsOn", "2027-05-31"),
            record(SCHOOL_YEAR, "Y25", 1, "name", "2025/2026", "startsOn", "2025-09-01", "endsOn", "2026-05-31"),
            record(ACADEMIC_PERIOD, "Q1", 1, "schoolYear", "Y26", "kind", "QUARTER", "ordinal", "1",
                    "name", "1 четверть", "startsOn", "2026-09-01", "endsOn", "2026-10-25"),
            record(ACADEMIC_PERIOD, "Q1-25", 1, "schoolYear", "Y25", "kind", "QUARTER", "ordinal", "1",
                    "name", "1 четверть", "startsOn", "2025-09-01", "endsOn", "2025-10-26"),
            record(TEACHER, "T1", 1, "lastName", "Иванова", "firstName", "Мария", "middleName", "Петровна"),
            record(TEACHER, "T2", 1, "lastName", "Смирнов", "firstName", "Олег"),
            record(SUBJECT, "MATH", 1, "name", "Математика"),
            record(SCHOOL_CLASS, "C3B", 1, "schoolYear", "Y26", "name", "3Б", "grade", "3", "periodKind", "QUARTER",
                    "classTeacher", "T1"),
            record(SCHOOL_CLASS, "C3A", 1, "schoolYear", "Y26", "name", "3А", "grade", "3", "periodKind", "QUARTER"),
            record(SCHOOL_CLASS, "C2B-25", 1, "schoolYear", "Y25", "name", "2Б", "grade", "2",
                    "periodKind", "QUARTER"),
            record(STUDENT, "S1", 1, "lastName", "Петров", "firstName", "Иван", "class", "C3B"),
            record(STUDENT, "S2", 1, "lastName", "Сидорова", "firstName", "Анна", "class", "C3B"),
            record(STUDENT, "S3", 1, "lastName", "Кузнецов", "firstName", "Павел", "class", "C3A"),
            record(STUDENT, "S9", 1, "lastName", "Орлова", "firstName", "Вера", "class", "C2B-25"),
            record(STUDY_GROUP, "G1", 1, "class", "C3B", "subject", "MATH", "name", "Группа 1"),
            record(INDIVIDUAL_PLAN, "P1", 1, "student", "S1", "name", "ИУП: Петров И.", "validFrom", "2026-09-01"),
            record(LESSON_TYPE, "LT1", 1, "name", "Изучение нового материала"),
            record(WORK_TYPE, "W1", 1, "name", "Контрольная работа", "weight", "3"),
            record(ATTENDANCE_CODE, "AC1", 1, "code", "Н", "name", "Отсутствовал"),
            record(LESSON, "L1", 1, "class", "C3B", "subject", "MATH", "teacher", "T1", "date", "2026-09-02",
                    "slot", "1", "status", "HELD"),
            record(GUARDIAN, "GU1", 1, "lastName", "Петрова", "firstName", "Ольга"));

    /** A valid record of every kind, referring to the seed. */
    private static final Map<RecordKind, String[]> VALID = Map.ofEntries(
            Map.entry(SCHOOL_YEAR, new String[] {"name", "2027/2028", "startsOn", "2027-09-01",
                    "endsOn", "2028-05-31"}),
            Map.entry(ACADEMIC_PERIOD, new String[] {"schoolYear", "Y26", "kind", "QUARTER", "ordinal", "2",
                    "name", "2 четверть", "startsOn", "2026-11-05", "endsOn", "2026-12-28"}),
            Map.entry(TEACHER, new String[] {"lastName", "Соколова", "firstName", "Елена", "middleName", "Ивановна",
                    "position", "учитель математики"}),
            Map.entry(SUBJECT, new String[] {"name", "Русский язык", "shortName", "Рус. яз."}),
            Map.entry(SCHOOL_CLASS, new String[] {"schoolYear", "Y26", "name", "4А", "grade", "4",
                    "periodKind", "QUARTER", "classTeacher", "T2"}),
            Map.entry(STUDENT, new String[] {"lastName", "Новиков", "firstName", "Максим", "birthDate", "2018-03-14",
                    "class", "C3B"}),
            Map.entry(STUDY_GROUP, new String[] {"class", "C3B", "subject", "MATH", "name", "Группа 2"}),
            Map.entry(RecordKind.STUDY_GROUP_MEMBER, new String[] {"group", "G1", "student", "S2"}),
            Map.entry(INDIVIDUAL_PLAN, new String[] {"student", "S2", "name", "ИУП: Сидорова А.",
                    "basis", "Приказ № 12 от 28.08.2026", "validFrom", "2026-09-01", "validTo", "2026-12-31"}),
            Map.entry(LESSON_TYPE, new String[] {"name", "Контрольная работа", "controlWork", "true"}),
            Map.entry(WORK_TYPE, new String[] {"name", "Ответ на уроке", "weight", "1,5"}),
            Map.entry(ATTENDANCE_CODE, new String[] {"code", "Б", "name", "Болезнь", "excused", "1",
                    "present", "0"}),
            Map.entry(RecordKind.TEACHING_ASSIGNMENT, new String[] {"teacher", "T1", "subject", "MATH",
                    "class", "C3B"}),
            Map.entry(RecordKind.CURRICULUM_PLAN, new String[] {"subject", "MATH", "class", "C3B", "period", "Q1",
                    "plannedLessons", "36"}),
            Map.entry(RecordKind.TIMETABLE_ENTRY, new String[] {"class", "C3B", "subject", "MATH", "teacher", "T1",
                    "weekday", "3", "slot", "2", "startsAt", "09:00", "endsAt", "09:40", "room", "12",
                    "validFrom", "2026-09-01"}),
            Map.entry(RecordKind.HOLIDAY, new String[] {"schoolYear", "Y26", "name", "Осенние каникулы",
                    "startsOn", "2026-10-26", "endsOn", "2026-11-04"}),
            Map.entry(LESSON, new String[] {"class", "C3B", "subject", "MATH", "teacher", "T1",
                    "date", "2026-09-03", "slot", "2", "status", "PLANNED"}),
            Map.entry(RecordKind.TIMETABLE_CHANGE, new String[] {"kind", "SUBSTITUTION", "lesson", "L1",
                    "originalTeacher", "T2", "reason", "болезнь учителя"}),
            Map.entry(RecordKind.MARK, new String[] {"student", "S1", "lesson", "L1", "value", "4",
                    "workType", "W1", "comment", "хорошо"}),
            Map.entry(RecordKind.ATTENDANCE, new String[] {"student", "S1", "lesson", "L1", "code", "AC1"}),
            Map.entry(RecordKind.HOMEWORK, new String[] {"lesson", "L1", "dueOn", "2026-09-04",
                    "text", "№ 12, 13 на с. 24"}),
            Map.entry(RecordKind.RECOMMENDATION, new String[] {"student", "S1", "teacher", "T1", "subject", "MATH",
                    "givenOn", "2026-09-10", "text", "Повторить таблицу умножения на 7"}),
            Map.entry(RecordKind.CONTROL_WORK, new String[] {"class", "C3B", "subject", "MATH", "period", "Q1",
                    "plannedOn", "2026-10-15", "topic", "Сложение и вычитание в пределах 1000",
                    "workType", "W1"}),
            Map.entry(RecordKind.FINAL_GRADE, new String[] {"student", "S1", "subject", "MATH", "period", "Q1",
                    "value", "5", "resultDate", "2026-10-28"}),
            Map.entry(RecordKind.DEFERRAL, new String[] {"student", "S2", "subject", "MATH", "period", "Q1",
                    "reason", "болезнь", "deadline", "2026-11-20"}),
            Map.entry(RecordKind.EXAM_RESULT, new String[] {"student", "S1", "subject", "MATH",
                    "examName", "ВПР по математике", "examDate", "2027-04-15", "score", "14", "mark", "4",
                    "resultDate", "2027-04-25"}),
            Map.entry(GUARDIAN, new String[] {"lastName", "Сидоров", "firstName", "Андрей"}),
            Map.entry(RecordKind.GUARDIAN_LINK, new String[] {"guardian", "GU1", "student", "S1",
                    "relation", "MOTHER", "basisDocument", "Свидетельство о рождении"}));

    /** Loads the base data; fails loudly should the seed itself be refused. */
    JournalFixture seeded() {
        for (ImportResult result : batch(SEED)) {
            if (result.isRejected()) {
                throw new IllegalStateException("the seed was refused: " + result.message());
            }
        }
        return this;
    }

    /** Applies records as one chunk does: in order, sharing one import context. */
    List<ImportResult> batch(List<SourcedRecord> records) {
        ImportContext context = new ImportContext(store, school, clock);
        return records.stream().map(record -> application.apply(context, record)).toList();
    }

    /** Applies one record in a batch of its own. */
    ImportResult apply(SourcedRecord record) {
        return batch(List.of(record)).get(0);
    }

    <T extends SchoolRecord> Optional<T> find(Class<T> type, String sourcedId) {
        return store.find(type, school, sourcedId);
    }

    <T extends SchoolRecord> T stored(Class<T> type, String sourcedId) {
        return find(type, sourcedId).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " «"
                + sourcedId + "» stored"));
    }

    /** A record with the given fields as name, value pairs. */
    static SourcedRecord record(RecordKind kind, String sourcedId, long version, String... fields) {
        return new SourcedRecord(kind, sourcedId, version, false, null, pairs(new LinkedHashMap<>(), fields));
    }

    /** The valid record of the kind, with some fields changed; a null value leaves the field out. */
    static SourcedRecord valid(RecordKind kind, String sourcedId, long version, String... changes) {
        Map<String, String> fields = pairs(new LinkedHashMap<>(), VALID.get(kind));
        return new SourcedRecord(kind, sourcedId, version, false, null, pairs(fields, changes));
    }

    private static Map<String, String> pairs(Map<String, String> fields, String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name, value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                fields.remove(pairs[i]);
            } else {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        return fields;
    }
}
