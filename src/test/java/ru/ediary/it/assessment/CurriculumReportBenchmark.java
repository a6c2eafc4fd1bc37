package ru.ediary.it.assessment;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.assessment.application.CurriculumReport;
import ru.ediary.demo.application.DemoJournalGenerator;
import ru.ediary.demo.application.DemoSchoolJournal;
import ru.ediary.demo.application.DemoSchoolPlan;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;

/**
 * How fast «Выполнение учебного плана» is read (target ≤ 1 s): a school of {@code benchmark.plan.students} (default
 * 1,000) with a whole year of the demo generator's journal, then the report of every period of the school, unfiltered
 * (the page's default view reads exactly this), twice each (the second is warm). Prints the times; asserts nothing
 * about time. {@code mvn verify -Pbenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumReportBenchmark {

    private static final int STUDENTS = Integer.getInteger("benchmark.plan.students", 1000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(CurriculumReportBenchmark.class, TestSchool.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    CurriculumReport report;

    @Test
    void theReportOfAFullYear() {
        String code = "it-plan-" + UUID.randomUUID().toString().substring(0, 8);
        registry.region(TestSchool.REGION, "Тестовая область");
        long schoolId = registry.school(TestSchool.REGION, code, "Муниципальное общеобразовательное учреждение"
                + " «Средняя школа плана " + code + "»", "МОУ «СШ плана»", EducationLevel.SECONDARY,
                "Тестовая область, г. Тестов, ул. Школьная, 2");
        DemoSchoolPlan plan = new DemoSchoolPlan(code, "Школа " + code, code, EducationLevel.SECONDARY, null,
                STUDENTS, 12_000L);
        DemoSchoolJournal journal = new DemoJournalGenerator().generate(plan, java.time.LocalDate.of(2027, 5, 20));
        long started = System.nanoTime();
        List<ImportResult> results = journalImport.applyAll(schoolId, journal.records());
        System.out.printf("CurriculumReportBenchmark: imported %d records in %d s%n", results.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        CurriculumReport.Filter none = new CurriculumReport.Filter(null, null, null, null);
        for (var period : report.of(schoolId, none).periods()) {
            CurriculumReport.Filter filter = new CurriculumReport.Filter(null, null, null, String.valueOf(period.id()));
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                CurriculumReport.Report r = report.of(schoolId, filter);
                System.out.printf("CurriculumReportBenchmark: %s (run %d): %d rows, %d held lessons, %.3f s%n",
                        period.name(), run, r.rows().size(), r.heldInAll(), (System.nanoTime() - t) / 1e9);
            }
        }
    }
}
