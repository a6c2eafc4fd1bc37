package ru.ediary.it.regional;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.interfaces.regional.contract.GetIndicatorSeries;
import ru.ediary.interfaces.regional.contract.GetSchoolYearReport;
import ru.ediary.interfaces.regional.contract.Indicator;
import ru.ediary.interfaces.regional.contract.ListSchools;
import ru.ediary.interfaces.regional.contract.RegionalReport;
import ru.ediary.interfaces.regional.contract.RegionalReporting;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.SchoolDirectory;

/**
 * How fast the region gets its report (DESIGN §10, issue 12): a region of {@code benchmark.region.schools} (50)
 * schools of {@code benchmark.region.students} (500) students — 20 classes, 8 subjects planned and assigned, four
 * lessons held per class and subject, every first-quarter final grade, a guardian per student — sent through the
 * journal import into a region of its own; then, through the generated SOAP client as the authority's software
 * calls it, getSchoolYearReport for the whole region and for one school, with detail, and an indicator series.
 * The references of the same run: listSchools (a SOAP round trip that reads little) and one raw JDBC GROUP BY of the
 * region's final grades (what the database itself needs to count them). Prints figures, asserts nothing about time.
 * {@code mvn verify -Pbenchmark -Dit.test=RegionalReportingBenchmark} (with -Dediary.postgres.required=true also on
 * PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionalReportingBenchmark {

    private static final int SCHOOLS = Integer.getInteger("benchmark.region.schools", 50);
    private static final int STUDENTS = Integer.getInteger("benchmark.region.students", 500);
    private static final String REGION = "it-rr-bench";
    private static final String AUTHORITY = "it.rr.bench";
    private static final String[] SUBJECTS = {"Математика", "Русский язык", "Литература", "Английский язык",
            "История", "Биология", "Физическая культура", "Музыка"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(RegionalReportingBenchmark.class, RegionalClient.class, ServerClock.class,
                TestSchool.class);
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

    @Resource(lookup = "jdbc/ediary")
    DataSource database;

    @Test
    @Order(1)
    void aRegionOfSchools() throws Exception {
        registry.region(REGION, "Область для замеров");
        long started = System.nanoTime();
        long records = 0;
        for (int s = 1; s <= SCHOOLS; s++) {
            String code = String.format("it-rrb-%02d", s);
            long schoolId = registry.school(REGION, code, "Муниципальное общеобразовательное учреждение «Школа "
                    + s + "»", "Школа " + s, EducationLevel.SECONDARY, "Область для замеров, школа " + s);
            List<SourcedRecord> journal = journal(s);
            for (ImportResult r : journalImport.applyAll(schoolId, journal)) {
                if (r.isRejected()) {
                    throw new AssertionError(r.kind() + " " + r.sourcedId() + ": " + r.message());
                }
            }
            records += journal.size();
        }
        System.out.printf("RegionalReportingBenchmark: %d schools of %d students: imported %d records in %d s%n",
                SCHOOLS, STUDENTS, records, (System.nanoTime() - started) / 1_000_000_000);
        TestSchool.inTransaction(() -> {
            if (!accounts.exists(AUTHORITY)) {
                accounts.create(AUTHORITY, AUTHORITY.toCharArray(), "Комитет (замеры)", Set.of(Role.REGION), null,
                        schools.regionByCode(REGION).orElseThrow(), null, null, "benchmark");
            }
            return null;
        });
        long[] times = new long[5];
        long grades = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(
                    "SELECT g.school_id, g.subject_id, g.numeric_value, COUNT(*) FROM final_grade g"
                            + " JOIN school s ON s.id = g.school_id JOIN region r ON r.id = s.region_id"
                            + " WHERE r.code = ? GROUP BY g.school_id, g.subject_id, g.numeric_value")) {
                q.setString(1, REGION);
                try (ResultSet rows = q.executeQuery()) {
                    grades = 0;
                    while (rows.next()) {
                        grades += rows.getLong(4);
                    }
                }
            }
            times[i] = System.nanoTime() - t;
        }
        System.out.printf("RegionalReportingBenchmark: reference, raw JDBC GROUP BY of the region's %d final"
                + " grades: median %.0f ms%n", grades, median(times) / 1e6);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAuthorityAsksForItsReport() throws Exception {
        RegionalReporting port = RegionalClient.port(base, AUTHORITY, AUTHORITY);
        time("reference, listSchools", 5, () -> port.listSchools(new ListSchools()));
        time("getSchoolYearReport, whole region", 5, () -> check(port.getSchoolYearReport(
                new GetSchoolYearReport()).getReport(), SCHOOLS));
        GetSchoolYearReport detailed = new GetSchoolYearReport();
        detailed.setDetail(true);
        time("getSchoolYearReport, whole region with grade levels and subjects", 3,
                () -> check(port.getSchoolYearReport(detailed).getReport(), SCHOOLS));
        GetSchoolYearReport one = new GetSchoolYearReport();
        one.setSchool("it-rrb-01");
        time("getSchoolYearReport, one school", 5, () -> check(port.getSchoolYearReport(one).getReport(), 1));
        GetIndicatorSeries series = new GetIndicatorSeries();
        series.setIndicator(Indicator.QUALITY_RATE);
        LocalDate today = ServerClock.today();
        series.setFrom(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(
                today.minusYears(1).toString()));
        series.setTo(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(today.toString()));
        time("getIndicatorSeries, whole region, a year", 3, () -> port.getIndicatorSeries(series));
    }

    /** One school's journal: a year, its quarters, 20 classes, 8 subjects, students, guardians, grades, lessons. */
    private static List<SourcedRecord> journal(int school) {
        Random random = new Random(school);
        LocalDate today = ServerClock.today();
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate q1End = yearStart.plusDays(55);
        long v = 1;
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "y", v).with("name", yearStart.getYear() + "/"
                + (yearStart.getYear() + 1)).with("startsOn", yearStart.toString())
                .with("endsOn", yearStart.plusMonths(9).toString()).build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "q1", v).with("schoolYear", "y").with("kind", "QUARTER")
                .with("ordinal", 1).with("name", "1 четверть").with("startsOn", yearStart.toString())
                .with("endsOn", q1End.toString()).build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "q2", v).with("schoolYear", "y").with("kind", "QUARTER")
                .with("ordinal", 2).with("name", "2 четверть").with("startsOn", q1End.plusDays(10).toString())
                .with("endsOn", yearStart.plusDays(120).toString()).build());
        r.add(SourcedRecord.of(RecordKind.TEACHER, "t", v).with("lastName", "Учителева").with("firstName", "Анна")
                .build());
        for (int j = 0; j < SUBJECTS.length; j++) {
            r.add(SourcedRecord.of(RecordKind.SUBJECT, "sub" + j, v).with("name", SUBJECTS[j]).build());
        }
        int classes = 20;
        int student = 0;
        for (int c = 0; c < classes; c++) {
            int grade = 1 + c / 2;
            String cls = "c" + c;
            r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, cls, v).with("schoolYear", "y")
                    .with("name", grade + (c % 2 == 0 ? "А" : "Б")).with("grade", grade).with("periodKind", "QUARTER")
                    .build());
            for (int j = 0; j < SUBJECTS.length; j++) {
                r.add(SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, "ta" + c + "-" + j, v).with("teacher", "t")
                        .with("subject", "sub" + j).with("class", cls).build());
                r.add(SourcedRecord.of(RecordKind.CURRICULUM_PLAN, "cp" + c + "-" + j, v).with("subject", "sub" + j)
                        .with("class", cls).with("period", "q1").with("plannedLessons", 8).build());
                for (int n = 0; n < 4; n++) {
                    r.add(SourcedRecord.of(RecordKind.LESSON, "l" + c + "-" + j + "-" + n, v).with("class", cls)
                            .with("subject", "sub" + j).with("teacher", "t")
                            .with("date", yearStart.plusDays(3 + 7L * n + j % 5).toString()).with("slot", 1 + j)
                            .with("status", "HELD").build());
                }
            }
            int size = STUDENTS / classes + (c < STUDENTS % classes ? 1 : 0);
            for (int k = 0; k < size; k++) {
                student++;
                String id = "s" + student;
                r.add(SourcedRecord.of(RecordKind.STUDENT, id, v).with("lastName", "Ученикова")
                        .with("firstName", "Ученица " + student).with("class", cls).build());
                r.add(SourcedRecord.of(RecordKind.GUARDIAN, "g" + student, v).with("lastName", "Родителева")
                        .with("firstName", "Мать " + student).build());
                r.add(SourcedRecord.of(RecordKind.GUARDIAN_LINK, "gl" + student, v).with("guardian", "g" + student)
                        .with("student", id).with("relation", "MOTHER").build());
                for (int j = 0; j < SUBJECTS.length; j++) {
                    int value = Math.min(5, Math.max(2, 3 + (int) Math.round(random.nextGaussian())));
                    r.add(SourcedRecord.of(RecordKind.FINAL_GRADE, "fg" + student + "-" + j, v).with("student", id)
                            .with("subject", "sub" + j).with("period", "q1").with("value", String.valueOf(value))
                            .with("resultDate", q1End.toString()).build());
                }
            }
        }
        return r;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void time(String what, int times, Call call) throws Exception {
        long first = 0;
        long[] warm = new long[times];
        for (int i = 0; i <= times; i++) {
            long t = System.nanoTime();
            call.run();
            long took = System.nanoTime() - t;
            if (i == 0) {
                first = took;
            } else {
                warm[i - 1] = took;
            }
        }
        System.out.printf("RegionalReportingBenchmark: %s: first %.0f ms, then median %.0f ms of %d%n", what,
                first / 1e6, median(warm) / 1e6, times);
    }

    private static void check(RegionalReport report, int schools) {
        if (report.getSchool().size() != schools) {
            throw new AssertionError("expected " + schools + " schools, got " + report.getSchool().size());
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
