package ru.ediary.it.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.ServerClock;

/**
 * The school of the results-statistics test as its journal records it: a year around today, the first quarter
 * finished (final grades with «н/а», «осв», «зач», «незач», a missing grade) and the second running (marks, a status
 * mark, a student with too few marks, a mark of the first quarter that must not count); classes «6Р» and «7Р».
 * The expected figures are computed here from these records, by this class's own arithmetic.
 */
final class ResultFixtures {

    static final String SCHOOL = "it-assess-results";
    static final String STAFF = "it.res.admin";
    static final String PASSWORD = "it.res.admin-Пароль-2026";
    static final String FINISHED = "1 четверть";
    static final String RUNNING = "2 четверть";
    static final String C6 = "6Р";
    static final String C7 = "7Р";
    static final String MATHS = "Математика";
    static final String RUSSIAN = "Русский язык";
    static final String PE = "Физическая культура";
    static final Map<String, String> SUBJECT_IDS = Map.of(MATHS, "r-math", RUSSIAN, "r-rus", PE, "r-pe");
    static final Map<String, String> TEACHERS = Map.of(MATHS, "Петрова Ольга Сергеевна", RUSSIAN,
            "Иванова Нина Олеговна", PE, "Сидоров Павел Ильич");

    /** A student: journal id, class, name as the page writes it (last first). */
    record Pupil(String id, String className, String name) {
    }

    static final List<Pupil> PUPILS = List.of(
            new Pupil("r-s1", C6, "Андреев Борис"), new Pupil("r-s2", C6, "Белова Вера"),
            new Pupil("r-s3", C6, "Волков Глеб"), new Pupil("r-s4", C6, "Громова Дарья"),
            new Pupil("r-s5", C6, "Донской Егор"), new Pupil("r-s6", C6, "Ершова Жанна"),
            new Pupil("r-s7", C6, "Жуков Захар"), new Pupil("r-s8", C6, "Зорина Ирина"),
            new Pupil("r-t1", C7, "Ильин Кирилл"), new Pupil("r-t2", C7, "Козлова Лада"),
            new Pupil("r-t3", C7, "Лебедев Марк"), new Pupil("r-t4", C7, "Миронова Нина"));

    static Pupil pupil(String id) {
        return PUPILS.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** A final grade of the finished quarter: student, subject, «5»…«2», «н/а», «осв», «зач», «незач». */
    record Final(String student, String subject, String value) {
    }

    static final List<Final> FINALS = List.of(
            // 6Р maths: 5, 5, 4, 4, 3, 2, н/а, осв
            new Final("r-s1", MATHS, "5"), new Final("r-s2", MATHS, "5"), new Final("r-s3", MATHS, "4"),
            new Final("r-s4", MATHS, "4"), new Final("r-s5", MATHS, "3"), new Final("r-s6", MATHS, "2"),
            new Final("r-s7", MATHS, "н/а"), new Final("r-s8", MATHS, "осв"),
            // 6Р Russian: 5, 4, 4, 4, 3, 3, осв, and Зорина without a grade
            new Final("r-s1", RUSSIAN, "5"), new Final("r-s2", RUSSIAN, "4"), new Final("r-s3", RUSSIAN, "4"),
            new Final("r-s4", RUSSIAN, "4"), new Final("r-s5", RUSSIAN, "3"), new Final("r-s6", RUSSIAN, "3"),
            new Final("r-s7", RUSSIAN, "осв"),
            // 6Р PE: зач ×6, незач, осв
            new Final("r-s1", PE, "зач"), new Final("r-s2", PE, "зач"), new Final("r-s3", PE, "зач"),
            new Final("r-s4", PE, "зач"), new Final("r-s5", PE, "зач"), new Final("r-s6", PE, "зач"),
            new Final("r-s7", PE, "незач"), new Final("r-s8", PE, "осв"),
            // 7Р maths 5, 4, 4, 3; Russian 3, 3, 2, 4
            new Final("r-t1", MATHS, "5"), new Final("r-t2", MATHS, "4"), new Final("r-t3", MATHS, "4"),
            new Final("r-t4", MATHS, "3"), new Final("r-t1", RUSSIAN, "3"), new Final("r-t2", RUSSIAN, "3"),
            new Final("r-t3", RUSSIAN, "2"), new Final("r-t4", RUSSIAN, "4"));

    static final String TEST = "Контрольная работа";
    static final String ANSWER = "Ответ на уроке";

    /** A current mark: student, subject, work type, days before today, value («5»… or a status). */
    record Current(String student, String subject, String workType, int daysAgo, String value) {
    }

    static final List<Current> MARKS = List.of(
            // 6Р maths of the running quarter
            new Current("r-s1", MATHS, TEST, 8, "5"), new Current("r-s1", MATHS, ANSWER, 6, "5"),
            new Current("r-s1", MATHS, ANSWER, 4, "4"),
            new Current("r-s1", MATHS, ANSWER, 20, "2"), // the first quarter: not in the second's forecast
            new Current("r-s2", MATHS, ANSWER, 7, "4"), new Current("r-s2", MATHS, ANSWER, 5, "4"),
            new Current("r-s2", MATHS, ANSWER, 3, "5"),
            new Current("r-s3", MATHS, TEST, 8, "3"), new Current("r-s3", MATHS, ANSWER, 6, "4"),
            new Current("r-s3", MATHS, ANSWER, 2, "3"),
            new Current("r-s4", MATHS, TEST, 8, "2"), new Current("r-s4", MATHS, ANSWER, 6, "3"),
            new Current("r-s4", MATHS, ANSWER, 2, "2"),
            new Current("r-s5", MATHS, ANSWER, 6, "5"), new Current("r-s5", MATHS, ANSWER, 2, "4"), // too few
            new Current("r-s6", MATHS, ANSWER, 7, "4"), new Current("r-s6", MATHS, ANSWER, 6, "5"),
            new Current("r-s6", MATHS, ANSWER, 5, "5"), new Current("r-s6", MATHS, ANSWER, 1, "3"),
            new Current("r-s7", MATHS, ANSWER, 3, "н/а"), // a status: no average, no forecast
            // 6Р Russian
            new Current("r-s1", RUSSIAN, ANSWER, 7, "5"), new Current("r-s1", RUSSIAN, ANSWER, 5, "5"),
            new Current("r-s1", RUSSIAN, ANSWER, 3, "5"),
            new Current("r-s2", RUSSIAN, ANSWER, 7, "4"), new Current("r-s2", RUSSIAN, ANSWER, 5, "3"),
            new Current("r-s2", RUSSIAN, ANSWER, 3, "4"),
            new Current("r-s3", RUSSIAN, ANSWER, 7, "3"), new Current("r-s3", RUSSIAN, ANSWER, 5, "3"),
            new Current("r-s3", RUSSIAN, TEST, 3, "4"), // (3 + 3 + 8) / 4 = 3.50: «4» from 3.50
            // 7Р maths
            new Current("r-t1", MATHS, ANSWER, 7, "5"), new Current("r-t1", MATHS, ANSWER, 5, "4"),
            new Current("r-t1", MATHS, ANSWER, 3, "5"),
            new Current("r-t2", MATHS, ANSWER, 7, "3"), new Current("r-t2", MATHS, ANSWER, 5, "3"),
            new Current("r-t2", MATHS, ANSWER, 3, "3"));

    private ResultFixtures() {
    }

    static LocalDate today() {
        return ServerClock.today();
    }

    static LocalDate yearStart() {
        return today().minusDays(60);
    }

    static LocalDate runningStart() {
        return today().minusDays(9);
    }

    static LocalDate yearEnd() {
        return today().plusDays(120);
    }

    static int weight(String workType) {
        return TEST.equals(workType) ? 2 : 1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the expected figures, by the test's own arithmetic

    /** Counts per column: 5, 4, 3, 2, н/а, осв, зач, незач, без оценки; and the sum of the numeric grades. */
    static final class Tally {
        static final List<String> COLUMNS = List.of("5", "4", "3", "2", "н/а", "осв", "зач", "незач", "без оценки");
        final Map<String, Integer> counts = new LinkedHashMap<>();
        int points;

        Tally() {
            COLUMNS.forEach(c -> counts.put(c, 0));
        }

        void add(String value) {
            counts.merge(value, 1, Integer::sum);
            if (value.matches("[2-5]")) {
                points += Integer.parseInt(value);
            }
        }

        Tally plus(Tally other) {
            Tally t = new Tally();
            COLUMNS.forEach(c -> t.counts.put(c, counts.get(c) + other.counts.get(c)));
            t.points = points + other.points;
            return t;
        }

        int n(String c) {
            return counts.get(c);
        }

        int assessed() {
            return n("5") + n("4") + n("3") + n("2") + n("н/а");
        }

        BigDecimal average() {
            int numeric = n("5") + n("4") + n("3") + n("2");
            return numeric == 0 ? null : new BigDecimal(points).divide(new BigDecimal(numeric), 2, RoundingMode.HALF_UP);
        }

        BigDecimal pass() {
            return percent(n("5") + n("4") + n("3"));
        }

        BigDecimal quality() {
            return percent(n("5") + n("4"));
        }

        BigDecimal sou() {
            int n = assessed();
            return n == 0 ? null : new BigDecimal(100 * n("5") + 64 * n("4") + 36 * n("3") + 16 * n("2")
                    + 7 * n("н/а")).divide(new BigDecimal(n), 1, RoundingMode.HALF_UP);
        }

        private BigDecimal percent(int part) {
            int n = assessed();
            return n == 0 ? null : new BigDecimal(part * 100).divide(new BigDecimal(n), 1, RoundingMode.HALF_UP);
        }
    }

    /** The finished quarter's tally of a class in a subject (all subjects when subject is null). */
    static Tally finals(String className, String subject) {
        Tally t = new Tally();
        for (Final f : FINALS) {
            if (pupil(f.student()).className().equals(className) && (subject == null || subject.equals(f.subject()))) {
                t.add(f.value());
            }
        }
        return t;
    }

    /** The forecast of each student in a subject, from the running quarter's numeric marks; null when too few. */
    static Map<String, String> forecasts(String className, String subject) {
        Map<String, String> grades = new LinkedHashMap<>();
        for (Pupil p : PUPILS) {
            if (!p.className().equals(className)) {
                continue;
            }
            int sum = 0;
            int weights = 0;
            int count = 0;
            for (Current m : MARKS) {
                if (m.student().equals(p.id()) && m.subject().equals(subject) && m.value().matches("[1-5]")
                        && m.daysAgo() <= 9) {
                    sum += Integer.parseInt(m.value()) * weight(m.workType());
                    weights += weight(m.workType());
                    count++;
                }
            }
            if (count == 0) {
                continue; // no counted mark: not in the statistics at all
            }
            if (count < 3) {
                grades.put(p.name(), "—");
                continue;
            }
            BigDecimal average = new BigDecimal(sum).divide(new BigDecimal(weights), 2, RoundingMode.HALF_UP);
            grades.put(p.name(), average.compareTo(new BigDecimal("4.5")) >= 0 ? "5"
                    : average.compareTo(new BigDecimal("3.5")) >= 0 ? "4"
                    : average.compareTo(new BigDecimal("2.5")) >= 0 ? "3" : "2");
        }
        return grades;
    }

    static Tally running(String className, String subject) {
        Tally t = new Tally();
        for (String s : subject == null ? List.of(MATHS, RUSSIAN, PE) : List.of(subject)) {
            forecasts(className, s).values().forEach(g -> t.add("—".equals(g) ? "без оценки" : g));
        }
        return t;
    }

    static long version() {
        return ServerClock.clock().millis();
    }

    static List<SourcedRecord> journal(long version) {
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "r-y", version).with("name", "Год итогов")
                .with("startsOn", yearStart().toString()).with("endsOn", yearEnd().toString()).build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "r-q1", version).with("schoolYear", "r-y")
                .with("kind", "QUARTER").with("ordinal", 1).with("name", FINISHED)
                .with("startsOn", yearStart().toString()).with("endsOn", runningStart().minusDays(1).toString())
                .build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "r-q2", version).with("schoolYear", "r-y")
                .with("kind", "QUARTER").with("ordinal", 2).with("name", RUNNING)
                .with("startsOn", runningStart().toString()).with("endsOn", yearEnd().toString()).build());
        String[][] teachers = {{"r-t-math", "Петрова", "Ольга", "Сергеевна", MATHS},
                {"r-t-rus", "Иванова", "Нина", "Олеговна", RUSSIAN}, {"r-t-pe", "Сидоров", "Павел", "Ильич", PE}};
        for (String[] t : teachers) {
            r.add(SourcedRecord.of(RecordKind.TEACHER, t[0], version).with("lastName", t[1]).with("firstName", t[2])
                    .with("middleName", t[3]).build());
        }
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "r-c6", version).with("schoolYear", "r-y").with("name", C6)
                .with("grade", 6).with("periodKind", "QUARTER").build());
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "r-c7", version).with("schoolYear", "r-y").with("name", C7)
                .with("grade", 7).with("periodKind", "QUARTER").build());
        for (String[] t : teachers) {
            r.add(SourcedRecord.of(RecordKind.SUBJECT, SUBJECT_IDS.get(t[4]), version).with("name", t[4]).build());
            for (String c : List.of("r-c6", "r-c7")) {
                r.add(SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, "r-ta-" + t[0] + c, version)
                        .with("teacher", t[0]).with("subject", SUBJECT_IDS.get(t[4])).with("class", c).build());
            }
        }
        r.add(SourcedRecord.of(RecordKind.WORK_TYPE, "r-w-test", version).with("name", TEST).with("weight", "2")
                .build());
        r.add(SourcedRecord.of(RecordKind.WORK_TYPE, "r-w-answer", version).with("name", ANSWER).with("weight", "1")
                .build());
        for (Pupil p : PUPILS) {
            String[] name = p.name().split(" ");
            r.add(SourcedRecord.of(RecordKind.STUDENT, p.id(), version).with("lastName", name[0])
                    .with("firstName", name[1]).with("class", C6.equals(p.className()) ? "r-c6" : "r-c7").build());
        }
        int n = 0;
        for (Final f : FINALS) {
            n++;
            r.add(SourcedRecord.of(RecordKind.FINAL_GRADE, "r-fg" + n, version).with("student", f.student())
                    .with("subject", SUBJECT_IDS.get(f.subject())).with("period", "r-q1").with("value", f.value())
                    .with("resultDate", runningStart().toString()).build());
        }
        n = 0;
        for (Current m : MARKS) {
            n++;
            String lesson = "r-l" + n;
            String teacher = m.subject().equals(MATHS) ? "r-t-math" : m.subject().equals(RUSSIAN) ? "r-t-rus"
                    : "r-t-pe";
            r.add(SourcedRecord.of(RecordKind.LESSON, lesson, version)
                    .with("class", C6.equals(pupil(m.student()).className()) ? "r-c6" : "r-c7")
                    .with("subject", SUBJECT_IDS.get(m.subject())).with("teacher", teacher)
                    .with("date", today().minusDays(m.daysAgo()).toString()).with("slot", 1 + n % 7)
                    .with("status", "HELD").build());
            r.add(SourcedRecord.of(RecordKind.MARK, "r-m" + n, version).with("student", m.student())
                    .with("lesson", lesson).with("value", m.value())
                    .with("workType", TEST.equals(m.workType()) ? "r-w-test" : "r-w-answer").build());
        }
        return r;
    }
}
