package ru.ediary.it.assessment;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.FinalGradeReport;
import ru.ediary.assessment.application.ReportingPeriodChoice;
import ru.ediary.demo.application.DemoJournalGenerator;
import ru.ediary.demo.application.DemoSchoolJournal;
import ru.ediary.demo.application.DemoSchoolPlan;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;

/**
 * How fast «Итоговые оценки» answers (issue 10; target ≤ 1 s per page): a school of
 * {@code benchmark.finals.students} (default 1,000) with the demo generator's journal up to the server's today, sent
 * through the ordinary import; then the report of every started period for all classes and for one class, the
 * median of five. For a full year, run the benchmark with the server's clock in late May:
 * {@code mvn verify -Pbenchmark -Dit.clock=2027-05-20T15:00}. Prints the times; asserts nothing about them.
 */
@ExtendWith(ArquillianExtension.class)
class FinalGradeCompletenessBenchmark {

    private static final int STUDENTS = Integer.getInteger("benchmark.finals.students", 1000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(FinalGradeCompletenessBenchmark.class, TestSchool.class,
                ServerClock.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    FinalGradeDesk desk;

    @Test
    void completenessOfAThousandStudentSchool() {
        String code = "it-fgb-" + UUID.randomUUID().toString().substring(0, 8);
        registry.region(TestSchool.REGION, "Тестовая область");
        long schoolId = registry.school(TestSchool.REGION, code, "Муниципальное общеобразовательное учреждение"
                + " «Средняя школа итогов " + code + "»", "МОУ «СШ итогов»", EducationLevel.SECONDARY,
                "Тестовая область, г. Тестов, ул. Школьная, 2");
        DemoSchoolPlan plan = new DemoSchoolPlan(code, "Школа " + code, code, EducationLevel.SECONDARY, null,
                STUDENTS, 12_000L);
        LocalDate today = ServerClock.today();
        DemoSchoolJournal journal = new DemoJournalGenerator().generate(plan, today);
        long started = System.nanoTime();
        List<ImportResult> results = journalImport.applyAll(schoolId, journal.records());
        System.out.printf("FinalGradeCompletenessBenchmark: imported %d records (%d rejected) up to %s in %d s%n",
                results.size(), results.stream().filter(ImportResult::isRejected).count(), today,
                (System.nanoTime() - started) / 1_000_000_000);

        for (ReportingPeriodChoice period : desk.periods(schoolId)) {
            FinalGradeReport all = desk.report(schoolId, period.id(), null);
            double allMs = median(() -> desk.report(schoolId, period.id(), null));
            Long oneClass = all.classes().isEmpty() ? null : all.classes().get(all.classes().size() / 2).classId();
            double oneMs = oneClass == null ? 0 : median(() -> desk.report(schoolId, period.id(), oneClass));
            int due = all.classes().stream().mapToInt(FinalGradeReport.ClassLine::due).sum();
            System.out.printf("FinalGradeCompletenessBenchmark: %s — %d classes, %d grades due, %d gaps,"
                            + " %d deferrals: all classes %.0f ms, one class %.0f ms%n", period.name(),
                    all.classes().size(), due, all.totalGaps(), all.deferrals().size(), allMs, oneMs);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("FinalGradeCompletenessBenchmark: server heap used %d MB of %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static double median(Runnable work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(2);
    }
}
