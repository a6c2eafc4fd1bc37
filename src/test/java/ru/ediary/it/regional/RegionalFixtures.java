package ru.ediary.it.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.ServerClock;

/**
 * A region of three schools of this test's own, and a second region with one school, as their journals record them:
 * a school year around today whose first quarter has ended with final grades.
 * <ul>
 * <li>school A: 8 students of grade 5, maths: 5 5 4 4 3 3 2 4;</li>
 * <li>school B: 3 students of grade 5 (too few to publish), maths: 5 4 4;</li>
 * <li>school C: 6 students of grade 5 and 6 of grade 6, maths and Russian, 6 guardians who never answered about
 * consent, and three maths lessons of grade 5 held of the {@link #PLANNED} per class and subject.</li>
 * </ul>
 * B is suppressed; as the only suppressed school of a published region it would be the region less A and C, so A,
 * the smallest other school, is suppressed with it; C and the region are published. Names and journal ids below must
 * never reach the region.
 */
final class RegionalFixtures {

    static final String REGION = "it-rr";
    static final String REGION_NAME = "Область отчётности (тест)";
    static final String OTHER_REGION = "it-rr-other";
    static final String SCHOOL_A = "it-rr-a";
    static final String SCHOOL_B = "it-rr-b";
    static final String SCHOOL_C = "it-rr-c";
    static final String FOREIGN_SCHOOL = "it-rr-x";
    static final String AUTHORITY = "it.rr.region";
    static final String OTHER_AUTHORITY = "it.rr.other-region";
    static final String JOURNAL = "it.rr.journal";
    static final String STAFF = "it.rr.staff";
    static final String MATHS = "Математика";
    static final String RUSSIAN = "Русский язык";
    /** Lessons the curriculum plans for each class and subject in the quarter. */
    static final int PLANNED = 9;

    /** Journal ids of people start with these: none may appear in an answer to the region. */
    static final List<String> PERSONAL_ID_PREFIXES = List.of("rrs-", "rrg-", "rrt-");

    static final List<String> A_MATHS = List.of("5", "5", "4", "4", "3", "3", "2", "4");
    static final List<String> B_MATHS = List.of("5", "4", "4");
    static final List<String> C5_MATHS = List.of("5", "4", "4", "3", "5", "н/а");
    static final List<String> C6_MATHS = List.of("4", "4", "3", "3", "2", "5");
    static final List<String> C5_RUSSIAN = List.of("4", "4", "4", "5", "3", "осв");
    static final List<String> C6_RUSSIAN = List.of("5", "5", "4", "3", "3", "4");

    /** Surnames of the students and guardians (each school its own), searched for in the raw answers. */
    static final List<String> SURNAMES = List.of("Кедрова", "Ольхов", "Сосновская", "Берёзкин", "Рябинина",
            "Каштанов", "Тополева", "Вязов", "Ясенева", "Клёнов", "Липова", "Осинов", "Грабова", "Буков");

    private RegionalFixtures() {
    }

    static LocalDate today() {
        return ServerClock.today();
    }

    static LocalDate yearStart() {
        return today().minusDays(70);
    }

    static LocalDate q1End() {
        return today().minusDays(15);
    }

    static String yearName() {
        return yearStart().getYear() + "/" + (yearStart().getYear() + 1);
    }

    /** A school's records: its year and quarters, the given classes, students and final grades of the quarter. */
    static List<SourcedRecord> school(String tag, long version, List<Cls> classes, int guardians, int lessons) {
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "rr-y", version).with("name", yearName())
                .with("startsOn", yearStart().toString()).with("endsOn", yearStart().plusDays(270).toString())
                .build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "rr-q1", version).with("schoolYear", "rr-y")
                .with("kind", "QUARTER").with("ordinal", 1).with("name", "1 четверть")
                .with("startsOn", yearStart().toString()).with("endsOn", q1End().toString()).build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "rr-q2", version).with("schoolYear", "rr-y")
                .with("kind", "QUARTER").with("ordinal", 2).with("name", "2 четверть")
                .with("startsOn", q1End().plusDays(1).toString()).with("endsOn", yearStart().plusDays(140).toString())
                .build());
        r.add(SourcedRecord.of(RecordKind.TEACHER, "rrt-" + tag, version).with("lastName", "Дубова")
                .with("firstName", "Алла").with("middleName", "Игоревна").build());
        r.add(SourcedRecord.of(RecordKind.SUBJECT, "rr-math", version).with("name", MATHS).build());
        r.add(SourcedRecord.of(RecordKind.SUBJECT, "rr-rus", version).with("name", RUSSIAN).build());
        int surname = tag.charAt(0) - 'a';
        int student = 0;
        for (Cls c : classes) {
            r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "rr-c" + c.grade(), version).with("schoolYear", "rr-y")
                    .with("name", c.grade() + "Р").with("grade", c.grade()).with("periodKind", "QUARTER").build());
            for (String subject : c.russian().isEmpty() ? List.of("rr-math") : List.of("rr-math", "rr-rus")) {
                r.add(SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, "rr-ta-" + subject + c.grade(), version)
                        .with("teacher", "rrt-" + tag).with("subject", subject).with("class", "rr-c" + c.grade())
                        .build());
                r.add(SourcedRecord.of(RecordKind.CURRICULUM_PLAN, "rr-cp-" + subject + c.grade(), version)
                        .with("subject", subject).with("class", "rr-c" + c.grade()).with("period", "rr-q1")
                        .with("plannedLessons", PLANNED).build());
            }
            for (int i = 0; i < c.maths().size(); i++) {
                student++;
                String id = "rrs-" + tag + student;
                r.add(SourcedRecord.of(RecordKind.STUDENT, id, version)
                        .with("lastName", SURNAMES.get((surname * 5 + student) % SURNAMES.size()))
                        .with("firstName", "Ученик" + student).with("class", "rr-c" + c.grade()).build());
                r.add(finalGrade("rr-fm-" + id, version, id, "rr-math", c.maths().get(i)));
                if (!c.russian().isEmpty()) {
                    r.add(finalGrade("rr-fr-" + id, version, id, "rr-rus", c.russian().get(i)));
                }
                if (student <= guardians) {
                    r.add(SourcedRecord.of(RecordKind.GUARDIAN, "rrg-" + tag + student, version)
                            .with("lastName", SURNAMES.get((surname * 5 + student + 7) % SURNAMES.size()))
                            .with("firstName", "Родитель" + student).build());
                    r.add(SourcedRecord.of(RecordKind.GUARDIAN_LINK, "rr-gl-" + tag + student, version)
                            .with("guardian", "rrg-" + tag + student).with("student", id).with("relation", "MOTHER")
                            .build());
                }
            }
        }
        for (int n = 1; n <= lessons; n++) {
            r.add(SourcedRecord.of(RecordKind.LESSON, "rr-l" + n, version).with("class", "rr-c" + classes.get(0).grade())
                    .with("subject", "rr-math").with("teacher", "rrt-" + tag)
                    .with("date", yearStart().plusDays(7L * n).toString()).with("slot", 1).with("status", "HELD")
                    .build());
        }
        return r;
    }

    private static SourcedRecord finalGrade(String id, long version, String student, String subject, String value) {
        return SourcedRecord.of(RecordKind.FINAL_GRADE, id, version).with("student", student)
                .with("subject", subject).with("period", "rr-q1").with("value", value)
                .with("resultDate", q1End().toString()).build();
    }

    /** A class of a grade and its students' quarter grades in maths and (if any) Russian, student by student. */
    record Cls(int grade, List<String> maths, List<String> russian) {
    }
}
