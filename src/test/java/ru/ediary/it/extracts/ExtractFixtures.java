package ru.ediary.it.extracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.ServerClock;

/**
 * The school of the paper-extract tests as its journal records it: a year around today (the first quarter finished,
 * the second running), class «5Э» with four children, marks, an absence, a final grade and an exam result published
 * today, and a substitution in the coming week; class «5Ю», whose only child has no guardian on the paper list.
 * Every record carries the run's version, so a later run updates the dates instead of finding them unchanged.
 */
final class ExtractFixtures {

    static final String SCHOOL = "it-extracts";
    /** Another school of the tests, whose student the first school's office must not print. */
    static final String OTHER_SCHOOL = "it-extracts-other";
    static final String STAFF = "it.ext.admin";
    static final String PARENT = "it.ext.parent";
    static final String PASSWORD_SUFFIX = "-Пароль-2026";
    static final String CLASS_NAME = "5Э";
    static final String EMPTY_CLASS_NAME = "5Ю";
    static final String RUNNING_PERIOD = "2 четверть";
    static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A child of «5Э» and its guardian; {@code consent} GIVEN, REFUSED or null (not answered). */
    record Child(String student, String last, String first, String guardian, String guardianLast,
                 String guardianFirst, String consent) {

        String fullName() {
            return last + " " + first;
        }
    }

    static final Child MOROZOVA = new Child("x-s4", "Морозова", "Ксения", "x-g4", "Морозов", "Андрей", "REFUSED");
    static final Child PETROV = new Child("x-s2", "Петров", "Илья", "x-g2", "Петрова", "Ольга", null);
    static final Child SOKOLOVA = new Child("x-s1", "Соколова", "Анна", "x-g1", "Соколова", "Мария", null);
    /** The guardian with consent and an account: not on the paper list, downloads from the cabinet. */
    static final Child VOLKOV = new Child("x-s3", "Волков", "Артём", "x-g3", "Волкова", "Елена", "GIVEN");
    static final List<Child> CHILDREN = List.of(MOROZOVA, PETROV, SOKOLOVA, VOLKOV);
    /** The paper list of «5Э», in the order the class file prints them (by name). */
    static final List<Child> ON_PAPER = List.of(MOROZOVA, PETROV, SOKOLOVA);

    /** A mark: child, subject, work type, days before today, value. */
    record MarkSpec(Child child, String subject, String workType, int daysAgo, int value) {

        LocalDate date() {
            return today().minusDays(daysAgo);
        }

        /** The line of the extract's table: «05.12.2026 5 Контрольная работа 2». */
        String line() {
            return RUSSIAN.format(date()) + " " + value + " " + workType + " " + weight(workType);
        }
    }

    static final String MATHS = "Математика";
    static final String RUSSIAN_LANGUAGE = "Русский язык";
    static final String TEST = "Контрольная работа";
    static final String ANSWER = "Ответ на уроке";
    static final String DICTATION = "Диктант";

    static final List<MarkSpec> MARKS = List.of(
            new MarkSpec(SOKOLOVA, MATHS, TEST, 8, 5), new MarkSpec(SOKOLOVA, MATHS, ANSWER, 6, 4),
            new MarkSpec(SOKOLOVA, MATHS, ANSWER, 4, 3), new MarkSpec(SOKOLOVA, MATHS, ANSWER, 2, 4),
            new MarkSpec(SOKOLOVA, RUSSIAN_LANGUAGE, ANSWER, 5, 5),
            new MarkSpec(SOKOLOVA, RUSSIAN_LANGUAGE, ANSWER, 3, 5),
            new MarkSpec(SOKOLOVA, MATHS, DICTATION, 30, 2), // the first quarter: not on the second's extract
            new MarkSpec(PETROV, MATHS, TEST, 8, 2), new MarkSpec(PETROV, MATHS, ANSWER, 6, 3),
            new MarkSpec(PETROV, MATHS, ANSWER, 4, 3), new MarkSpec(PETROV, RUSSIAN_LANGUAGE, TEST, 3, 4),
            new MarkSpec(MOROZOVA, MATHS, ANSWER, 6, 5), new MarkSpec(MOROZOVA, MATHS, ANSWER, 4, 5),
            new MarkSpec(MOROZOVA, MATHS, TEST, 2, 5), new MarkSpec(VOLKOV, MATHS, ANSWER, 2, 4));

    static final String REASON = "болезнь учителя";

    private ExtractFixtures() {
    }

    static LocalDate today() {
        return ServerClock.today();
    }

    static LocalDate yearStart() {
        return today().minusDays(60);
    }

    /** The second quarter starts nine days ago; the first ended the day before. */
    static LocalDate runningStart() {
        return today().minusDays(9);
    }

    static LocalDate yearEnd() {
        return today().plusDays(120);
    }

    /** The week an extract looks ahead to: today's if it is a Monday, else the next one's (the extract's rule). */
    static LocalDate comingMonday() {
        LocalDate today = today();
        return today.getDayOfWeek() == DayOfWeek.MONDAY ? today : today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static int weight(String workType) {
        return TEST.equals(workType) ? 2 : 1;
    }

    /** The child's marks of the running quarter in a subject. */
    static List<MarkSpec> running(Child child, String subject) {
        List<MarkSpec> marks = new ArrayList<>();
        for (MarkSpec m : MARKS) {
            if (m.child() == child && m.subject().equals(subject) && !m.date().isBefore(runningStart())) {
                marks.add(m);
            }
        }
        return marks;
    }

    /** Σ(mark × weight) / Σ(weight), two decimals with a comma, computed here and not by the application. */
    static String expectedAverage(List<MarkSpec> marks) {
        int sum = 0;
        int weights = 0;
        for (MarkSpec m : marks) {
            sum += m.value() * weight(m.workType());
            weights += weight(m.workType());
        }
        return new BigDecimal(sum).divide(new BigDecimal(weights), 2, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }

    /** The forecast by the default thresholds 4.5 / 3.5 / 2.5 and at least three marks; null when too few. */
    static Integer expectedForecast(List<MarkSpec> marks) {
        if (marks.size() < 3) {
            return null;
        }
        BigDecimal average = new BigDecimal(expectedAverage(marks).replace(',', '.'));
        return average.compareTo(new BigDecimal("4.5")) >= 0 ? 5 : average.compareTo(new BigDecimal("3.5")) >= 0 ? 4
                : average.compareTo(new BigDecimal("2.5")) >= 0 ? 3 : 2;
    }

    static long version() {
        return ServerClock.clock().millis();
    }

    /** The other school: a year, a class and one student. */
    static List<SourcedRecord> otherSchool(long version) {
        return List.of(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "o-y", version).with("name", "Год")
                        .with("startsOn", yearStart().toString()).with("endsOn", yearEnd().toString()).build(),
                SourcedRecord.of(RecordKind.SCHOOL_CLASS, "o-c", version).with("schoolYear", "o-y").with("name", "7А")
                        .with("grade", 7).with("periodKind", "QUARTER").build(),
                SourcedRecord.of(RecordKind.STUDENT, "o-s1", version).with("lastName", "Зайцев")
                        .with("firstName", "Олег").with("class", "o-c").build());
    }

    static List<SourcedRecord> journal(long version) {
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "x-y", version).with("name", "Год выписок")
                .with("startsOn", yearStart().toString()).with("endsOn", yearEnd().toString()).build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "x-q1", version).with("schoolYear", "x-y")
                .with("kind", "QUARTER").with("ordinal", 1).with("name", "1 четверть")
                .with("startsOn", yearStart().toString()).with("endsOn", runningStart().minusDays(1).toString())
                .build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "x-q2", version).with("schoolYear", "x-y")
                .with("kind", "QUARTER").with("ordinal", 2).with("name", RUNNING_PERIOD)
                .with("startsOn", runningStart().toString()).with("endsOn", yearEnd().toString()).build());
        r.add(SourcedRecord.of(RecordKind.TEACHER, "x-t1", version).with("lastName", "Петрова")
                .with("firstName", "Ольга").with("middleName", "Сергеевна").with("position", "учитель математики")
                .build());
        r.add(SourcedRecord.of(RecordKind.TEACHER, "x-t2", version).with("lastName", "Иванова")
                .with("firstName", "Нина").with("middleName", "Олеговна").with("position", "учитель русского языка")
                .build());
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "x-c", version).with("schoolYear", "x-y")
                .with("name", CLASS_NAME).with("grade", 5).with("periodKind", "QUARTER").with("classTeacher", "x-t1")
                .build());
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "x-c-empty", version).with("schoolYear", "x-y")
                .with("name", EMPTY_CLASS_NAME).with("grade", 5).with("periodKind", "QUARTER").build());
        r.add(SourcedRecord.of(RecordKind.SUBJECT, "x-math", version).with("name", MATHS).build());
        r.add(SourcedRecord.of(RecordKind.SUBJECT, "x-rus", version).with("name", RUSSIAN_LANGUAGE).build());
        r.add(SourcedRecord.of(RecordKind.WORK_TYPE, "x-w-test", version).with("name", TEST).with("weight", "2")
                .build());
        r.add(SourcedRecord.of(RecordKind.WORK_TYPE, "x-w-answer", version).with("name", ANSWER).with("weight", "1")
                .build());
        r.add(SourcedRecord.of(RecordKind.WORK_TYPE, "x-w-dictation", version).with("name", DICTATION)
                .with("weight", "1").build());
        r.add(SourcedRecord.of(RecordKind.ATTENDANCE_CODE, "x-ac-n", version).with("code", "Н")
                .with("name", "Отсутствовал").build());
        r.add(SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, "x-ta-math", version).with("teacher", "x-t1")
                .with("subject", "x-math").with("class", "x-c").build());
        r.add(SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, "x-ta-rus", version).with("teacher", "x-t2")
                .with("subject", "x-rus").with("class", "x-c").build());
        r.add(SourcedRecord.of(RecordKind.TIMETABLE_ENTRY, "x-tt-math", version).with("class", "x-c")
                .with("subject", "x-math").with("teacher", "x-t1").with("weekday", 1).with("slot", 1)
                .with("startsAt", "08:30").with("endsAt", "09:15").with("room", "12")
                .with("validFrom", yearStart().toString()).build());
        r.add(SourcedRecord.of(RecordKind.TIMETABLE_ENTRY, "x-tt-rus", version).with("class", "x-c")
                .with("subject", "x-rus").with("teacher", "x-t2").with("weekday", 3).with("slot", 2)
                .with("startsAt", "09:25").with("endsAt", "10:10").with("room", "14")
                .with("validFrom", yearStart().toString()).build());
        for (Child c : CHILDREN) {
            r.add(SourcedRecord.of(RecordKind.STUDENT, c.student(), version).with("lastName", c.last())
                    .with("firstName", c.first()).with("class", "x-c").build());
            r.add(SourcedRecord.of(RecordKind.GUARDIAN, c.guardian(), version).with("lastName", c.guardianLast())
                    .with("firstName", c.guardianFirst()).build());
            r.add(SourcedRecord.of(RecordKind.GUARDIAN_LINK, c.guardian() + "-" + c.student(), version)
                    .with("guardian", c.guardian()).with("student", c.student()).with("relation", "OTHER").build());
        }
        r.add(SourcedRecord.of(RecordKind.STUDENT, "x-s5", version).with("lastName", "Орлова").with("firstName", "Вера")
                .with("class", "x-c-empty").build());
        int n = 0;
        for (MarkSpec m : MARKS) {
            n++;
            String lesson = "x-l" + n;
            r.add(SourcedRecord.of(RecordKind.LESSON, lesson, version).with("class", "x-c")
                    .with("subject", MATHS.equals(m.subject()) ? "x-math" : "x-rus")
                    .with("teacher", MATHS.equals(m.subject()) ? "x-t1" : "x-t2").with("date", m.date().toString())
                    .with("slot", 1 + n % 6).with("status", "HELD").build());
            r.add(SourcedRecord.of(RecordKind.MARK, "x-m" + n, version).with("student", m.child().student())
                    .with("lesson", lesson).with("value", String.valueOf(m.value()))
                    .with("workType", TEST.equals(m.workType()) ? "x-w-test" : ANSWER.equals(m.workType())
                            ? "x-w-answer" : "x-w-dictation").build());
        }
        // Sokolova missed her first lesson of the quarter
        r.add(SourcedRecord.of(RecordKind.ATTENDANCE, "x-a1", version).with("student", SOKOLOVA.student())
                .with("lesson", "x-l2").with("code", "x-ac-n").build());
        // the coming Monday's maths lesson is taken by Ivanova instead of Petrova
        r.add(SourcedRecord.of(RecordKind.LESSON, "x-l-next", version).with("class", "x-c").with("subject", "x-math")
                .with("teacher", "x-t2").with("date", comingMonday().toString()).with("slot", 1)
                .with("status", "HELD").build());
        r.add(SourcedRecord.of(RecordKind.TIMETABLE_CHANGE, "x-ch1", version).with("kind", "SUBSTITUTION")
                .with("lesson", "x-l-next").with("originalTeacher", "x-t1").with("reason", REASON).build());
        // published today: «новое» on every extract printed today, since none was printed since
        r.add(SourcedRecord.of(RecordKind.FINAL_GRADE, "x-fg1", version).with("student", SOKOLOVA.student())
                .with("subject", "x-math").with("period", "x-q1").with("value", "5")
                .with("resultDate", today().toString()).build());
        r.add(SourcedRecord.of(RecordKind.EXAM_RESULT, "x-ex1", version).with("student", SOKOLOVA.student())
                .with("subject", "x-math").with("examName", "ВПР по математике")
                .with("examDate", today().minusDays(3).toString()).with("score", 14).with("mark", 4)
                .with("resultDate", today().toString()).build());
        return r;
    }
}
