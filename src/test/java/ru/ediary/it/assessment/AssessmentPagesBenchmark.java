package ru.ediary.it.assessment;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.demo.application.DemoJournalGenerator;
import ru.ediary.demo.application.DemoSchoolJournal;
import ru.ediary.demo.application.DemoSchoolPlan;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;
import ru.ediary.it.WebSession;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The school's assessment desk for a large school with a whole year: a 1,000-student secondary school's full journal
 * (no record budget: every mark) is imported, then the office opens each of the four assessment pages and its start
 * page (with the publication alert) 15 times; the static stylesheet of the same server is the reference. Prints
 * figures and asserts nothing about time (DESIGN §10): {@code mvn verify -Pbenchmark}, which sets the server's clock to late May so that the year is nearly complete.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentPagesBenchmark {

    private static final int STUDENTS = Integer.getInteger("benchmark.assessment.students", 1000);
    private static final String[] PAGES = {"jakarta.faces.resource/css/ediary.css.xhtml", "admin/final-grades.xhtml",
        "admin/curriculum.xhtml", "admin/results.xhtml", "admin/publication.xhtml", "admin/index.xhtml"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(AssessmentPagesBenchmark.class, TestSchool.class, WebSession.class);
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
    Clock clock;

    @Test
    void assessmentPagesOfALargeSchool() throws Exception {
        String code = "it-bench-" + UUID.randomUUID().toString().substring(0, 8);
        long schoolId = TestSchool.create(registry, code);
        DemoSchoolPlan plan = new DemoSchoolPlan(code, "Школа " + code, code, EducationLevel.SECONDARY, null,
                STUDENTS, 12_000L);
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        DemoSchoolJournal journal = new DemoJournalGenerator().generateWhole(plan, today);
        long marks = journal.records().stream().filter(r -> r.kind() == RecordKind.MARK).count();
        System.out.println(String.format("AssessmentPagesBenchmark: generated %d records (%d marks) up to %s in %d s",
                journal.records().size(), marks, today, (System.nanoTime() - started) / 1_000_000_000));
        started = System.nanoTime();
        journalImport.applyAll(schoolId, journal.records());
        System.out.println(String.format("AssessmentPagesBenchmark: imported in %d s",
                (System.nanoTime() - started) / 1_000_000_000));

        String login = code + "-office";
        String password = "Бенчмарк-пароль-2026";
        TestSchool.inTransaction(() -> accounts.create(login, password.toCharArray(), "Завуч",
                Set.of(Role.SCHOOL_ADMIN), schools.school(schoolId).orElseThrow(), null, null, null, "benchmark"));
        WebSession office = WebSession.signIn(base, login, password);
        for (String page : PAGES) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long t = System.nanoTime();
                HttpResponse<String> response = office.get(page);
                micros.add((System.nanoTime() - t) / 1000);
                if (response.statusCode() != 200) {
                    throw new AssertionError(page + " answered " + response.statusCode());
                }
            }
            long first = micros.get(0);
            Collections.sort(micros);
            System.out.println(String.format("AssessmentPagesBenchmark: %-45s first %7.1f ms  median %7.1f ms"
                    + "  max %7.1f ms", page, first / 1000.0, micros.get(micros.size() / 2) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0));
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println(String.format("AssessmentPagesBenchmark: server heap used %d MB of %d MB",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20));
    }
}
