package ru.ediary.it.assessment;

import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.assessment.application.ResultStatistics;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.it.WebSession;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The results statistics for a 1,000-student school with a full year of marks (~1M): 40 classes of 25, 12 subjects,
 * 83 lessons a subject, every student marked at each; three finished quarters with final grades and a running
 * fourth. The structure goes through the journal import; lessons, marks and final grades, for speed, straight into
 * the tables. Prints the service's and the page's times (median of 5 after a warm-up); asserts nothing about time.
 * {@code mvn verify -Pbenchmark -Dit.test=ResultStatisticsBenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class ResultStatisticsBenchmark {

    static final int CLASSES = 40;
    static final int PER_CLASS = 25;
    static final int SUBJECTS = 12;
    static final int LESSONS = 83;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ResultStatisticsBenchmark.class, ServerClock.class, TestSchool.class,
                WebSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    JournalImport journalImport;

    @Inject
    AccountRegistry accounts;

    @Inject
    ResultStatistics statistics;

    @Test
    void aThousandStudentsAndAMillionMarks() throws Exception {
        String code = "it-res-bench-" + UUID.randomUUID().toString().substring(0, 6);
        long schoolId = TestSchool.create(registry, code);
        LocalDate today = ServerClock.today();
        LocalDate start = today.minusDays(200);
        long v = 1;
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "y", v).with("name", "Год").with("startsOn", start.toString())
                .with("endsOn", today.plusDays(60).toString()).build());
        LocalDate[][] quarters = {{start, today.minusDays(150)}, {today.minusDays(149), today.minusDays(100)},
                {today.minusDays(99), today.minusDays(40)}, {today.minusDays(39), today.plusDays(60)}};
        for (int q = 0; q < 4; q++) {
            r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "q" + (q + 1), v).with("schoolYear", "y")
                    .with("kind", "QUARTER").with("ordinal", q + 1).with("name", (q + 1) + " четверть")
                    .with("startsOn", quarters[q][0].toString()).with("endsOn", quarters[q][1].toString()).build());
        }
        for (int s = 0; s < SUBJECTS; s++) {
            r.add(SourcedRecord.of(RecordKind.SUBJECT, "sub" + s, v).with("name", "Предмет " + s).build());
            r.add(SourcedRecord.of(RecordKind.TEACHER, "t" + s, v).with("lastName", "Учитель" + s)
                    .with("firstName", "Имя").build());
        }
        r.add(SourcedRecord.of(RecordKind.WORK_TYPE, "w1", v).with("name", "Ответ").with("weight", "1").build());
        String letters = "АБВГ";
        for (int c = 0; c < CLASSES; c++) {
            r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "c" + c, v).with("schoolYear", "y")
                    .with("name", (1 + c / 4) + "" + letters.charAt(c % 4)).with("grade", 1 + c / 4)
                    .with("periodKind", "QUARTER").build());
            for (int s = 0; s < SUBJECTS; s++) {
                r.add(SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, "ta" + c + "-" + s, v).with("teacher", "t" + s)
                        .with("subject", "sub" + s).with("class", "c" + c).build());
            }
            for (int p = 0; p < PER_CLASS; p++) {
                r.add(SourcedRecord.of(RecordKind.STUDENT, "s" + c + "-" + p, v).with("lastName", "Ученик" + p)
                        .with("firstName", "Класс" + c).with("class", "c" + c).build());
            }
        }
        long started = System.nanoTime();
        for (ImportResult result : journalImport.applyAll(schoolId, r)) {
            Assertions.assertFalse(result.isRejected(), result.sourcedId() + ": " + result.message());
        }
        System.out.printf("ResultStatisticsBenchmark: structure imported (%d records) in %d ms%n", r.size(),
                (System.nanoTime() - started) / 1_000_000);

        DataSource data = (DataSource) new InitialContext().lookup("jdbc/ediary");
        started = System.nanoTime();
        long marks = 0;
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            Map<String, Long> classes = ids(db, "school_class", schoolId);
            Map<String, Long> subjects = ids(db, "subject", schoolId);
            Map<String, Long> teachers = ids(db, "teacher", schoolId);
            Map<String, Long> students = ids(db, "student", schoolId);
            Map<String, Long> periods = ids(db, "academic_period", schoolId);
            Long workType = ids(db, "work_type", schoolId).get("w1");
            long id = 7_000_000_000_000L + (System.currentTimeMillis() % 100_000) * 20_000_000L;
            Timestamp now = new Timestamp(System.currentTimeMillis());
            Random random = new Random(42);
            try (PreparedStatement lesson = db.prepareStatement("INSERT INTO lesson (id, school_id, sourced_id,"
                    + " source_version, deleted, imported_at, class_id, subject_id, teacher_id, lesson_date, slot_no,"
                    + " status) VALUES (?, ?, ?, 1, FALSE, ?, ?, ?, ?, ?, ?, 'HELD')");
                 PreparedStatement mark = db.prepareStatement("INSERT INTO mark (id, school_id, sourced_id,"
                         + " source_version, deleted, imported_at, student_id, lesson_id, subject_id, mark_date,"
                         + " numeric_value, work_type_id, weight) VALUES (?, ?, ?, 1, FALSE, ?, ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement grade = db.prepareStatement("INSERT INTO final_grade (id, school_id, sourced_id,"
                         + " source_version, deleted, imported_at, student_id, subject_id, period_id, numeric_value,"
                         + " result_date) VALUES (?, ?, ?, 1, FALSE, ?, ?, ?, ?, ?, ?)")) {
                for (int c = 0; c < CLASSES; c++) {
                    for (int s = 0; s < SUBJECTS; s++) {
                        for (int l = 0; l < LESSONS; l++) {
                            long lessonId = id++;
                            LocalDate date = start.plusDays(l * 200L / LESSONS);
                            lesson.setLong(1, lessonId);
                            lesson.setLong(2, schoolId);
                            lesson.setString(3, "bl" + lessonId);
                            lesson.setTimestamp(4, now);
                            lesson.setLong(5, classes.get("c" + c));
                            lesson.setLong(6, subjects.get("sub" + s));
                            lesson.setLong(7, teachers.get("t" + s));
                            lesson.setDate(8, Date.valueOf(date));
                            lesson.setInt(9, 1 + s % 8);
                            lesson.addBatch();
                            for (int p = 0; p < PER_CLASS; p++) {
                                long markId = id++;
                                mark.setLong(1, markId);
                                mark.setLong(2, schoolId);
                                mark.setString(3, "bm" + markId);
                                mark.setTimestamp(4, now);
                                mark.setLong(5, students.get("s" + c + "-" + p));
                                mark.setLong(6, lessonId);
                                mark.setLong(7, subjects.get("sub" + s));
                                mark.setDate(8, Date.valueOf(date));
                                mark.setInt(9, 2 + random.nextInt(4));
                                mark.setLong(10, workType);
                                mark.addBatch();
                                marks++;
                            }
                            lesson.executeBatch();
                            mark.executeBatch();
                        }
                        for (int q = 1; q <= 3; q++) {
                            for (int p = 0; p < PER_CLASS; p++) {
                                long gradeId = id++;
                                grade.setLong(1, gradeId);
                                grade.setLong(2, schoolId);
                                grade.setString(3, "bg" + gradeId);
                                grade.setTimestamp(4, now);
                                grade.setLong(5, students.get("s" + c + "-" + p));
                                grade.setLong(6, subjects.get("sub" + s));
                                grade.setLong(7, periods.get("q" + q));
                                grade.setInt(8, 2 + random.nextInt(4));
                                grade.setDate(9, Date.valueOf(quarters[q - 1][1]));
                                grade.addBatch();
                            }
                            grade.executeBatch();
                        }
                    }
                    db.commit();
                }
            }
        }
        System.out.printf("ResultStatisticsBenchmark: %d marks written in %d ms%n", marks,
                (System.nanoTime() - started) / 1_000_000);

        List<ResultStatistics.PeriodChoice> periods = statistics.periods(schoolId);
        ResultStatistics.PeriodChoice running = periods.stream().filter(ResultStatistics.PeriodChoice::isForecast)
                .findFirst().orElseThrow();
        ResultStatistics.PeriodChoice finished = periods.stream().filter(p -> !p.isForecast()).findFirst()
                .orElseThrow();
        long classId = statistics.school(schoolId, finished.id()).lines().get(0).id();
        long subjectId = statistics.ofClass(schoolId, finished.id(), classId).lines().get(0).id();
        time("school, finished quarter", () -> statistics.school(schoolId, finished.id()));
        time("school, running quarter (forecast)", () -> statistics.school(schoolId, running.id()));
        time("class, finished quarter", () -> statistics.ofClass(schoolId, finished.id(), classId));
        time("class, running quarter", () -> statistics.ofClass(schoolId, running.id(), classId));
        time("students, running quarter", () -> statistics.students(schoolId, running.id(), classId, subjectId, null,
                "bench", null));

        String login = "it.res.bench." + code.substring(code.length() - 6);
        TestSchool.inTransaction(() -> {
            accounts.create(login, (login + "-Пароль-2026").toCharArray(), "Завуч", Set.of(Role.SCHOOL_ADMIN),
                    schools.school(schoolId).orElseThrow(), null, null, null, "bench");
            return null;
        });
        WebSession staff = WebSession.signIn(base, login, login + "-Пароль-2026");
        time("page /admin/results.xhtml, finished", () -> check(staff.get("admin/results.xhtml?period="
                + finished.id())));
        time("page /admin/results.xhtml, running", () -> check(staff.get("admin/results.xhtml?period="
                + running.id())));
        time("page /admin/results.xhtml, class, running", () -> check(staff.get("admin/results.xhtml?period="
                + running.id() + "&class=" + classId)));
    }

    private static Object check(java.net.http.HttpResponse<String> page) {
        Assertions.assertEquals(200, page.statusCode());
        Assertions.assertTrue(page.body().contains("id=\"results\""), "the results table");
        return page;
    }

    private static void time(String what, Callable<Object> work) throws Exception {
        work.call();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("ResultStatisticsBenchmark: %-45s median %5d ms, max %5d ms%n", what, ms[2], ms[4]);
    }

    private static Map<String, Long> ids(Connection db, String table, long schoolId) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT sourced_id, id FROM " + table
                + " WHERE school_id = ?")) {
            q.setLong(1, schoolId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }
}
