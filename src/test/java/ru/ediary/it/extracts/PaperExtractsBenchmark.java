package ru.ediary.it.extracts;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.delivery.application.ExtractRequest;
import ru.ediary.delivery.application.IssuedExtracts;
import ru.ediary.delivery.application.PaperExtracts;
import ru.ediary.demo.application.DemoJournalGenerator;
import ru.ediary.demo.application.DemoSchoolJournal;
import ru.ediary.demo.application.DemoSchoolPlan;
import ru.ediary.diary.application.ChildDiary;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.diary.application.StudentCard;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;

/**
 * How fast extracts print (DESIGN §10): a school of {@code benchmark.extracts.students} (default 1,000) with a whole
 * year of the demo generator's journal, sent through the ordinary import into a school of its own, every class of it;
 * then the class nearest to 30 children of a second school of 30 per grade; one PDF per class, each extract for the
 * whole year. Prints extracts per second, the class file's time and the server heap after, and as the reference of
 * the same run the class re-printed from the register (what binding and registering cost without reading and
 * typesetting); asserts nothing about time.
 * {@code mvn verify -Pbenchmark} (README, «Benchmarks»).
 */
@ExtendWith(ArquillianExtension.class)
class PaperExtractsBenchmark {

    private static final int STUDENTS = Integer.getInteger("benchmark.extracts.students", 1000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(PaperExtractsBenchmark.class, TestSchool.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    GuardianRoster roster;

    @Inject
    ChildDiary diary;

    @Inject
    PaperExtracts extracts;

    @Test
    void extractsOfAFullYear() {
        registry.region(TestSchool.REGION, "Тестовая область");
        long schoolId = school(STUDENTS, 11_000L);
        List<List<StudentCard>> classes = classes(schoolId);
        int printed = 0;
        long t = System.nanoTime();
        for (List<StudentCard> c : classes) {
            long first = System.nanoTime();
            printed += print(schoolId, c).numbers().size();
            if (c == classes.get(0)) {
                System.out.printf("PaperExtractsBenchmark: the first class after start (%s of %d): %.2f s%n",
                        c.get(0).className(), c.size(), (System.nanoTime() - first) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("PaperExtractsBenchmark: school of %d students, %d classes: %d extracts in %.1f s,"
                + " %.1f extracts/s%n", STUDENTS, classes.size(), printed, seconds, printed / seconds);

        // The generator puts a grade in one class: a 1,000-student school has classes of about 70-90. The class of
        // about 30 comes from a school of 30 per grade, printed when the server is warm, as in a day's work.
        long smallId = school(11 * 30, 11_001L);
        List<StudentCard> ofThirty = classes(smallId).stream()
                .min(Comparator.comparingInt((List<StudentCard> c) -> Math.abs(c.size() - 30))).orElseThrow();
        t = System.nanoTime();
        IssuedExtracts one = print(smallId, ofThirty);
        seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("PaperExtractsBenchmark: class %s of %d: %.2f s, %.1f extracts/s, %d KB%n",
                ofThirty.get(0).className(), one.numbers().size(), seconds, one.numbers().size() / seconds,
                one.pdf().length >> 10);
        t = System.nanoTime();
        IssuedExtracts again = print(smallId, ofThirty);
        System.out.printf("PaperExtractsBenchmark: reference, the same class re-printed from the register (no"
                + " reading, no typesetting): %.2f s, %d KB%n", (System.nanoTime() - t) / 1e9,
                again.pdf().length >> 10);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("PaperExtractsBenchmark: server heap used %d MB of %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    /** A school of its own with a whole year of the generator's journal, imported as the exchange would. */
    private long school(int students, long seed) {
        String code = "it-pdf-" + UUID.randomUUID().toString().substring(0, 8);
        long schoolId = registry.school(TestSchool.REGION, code, "Муниципальное общеобразовательное учреждение"
                + " «Средняя школа выписок " + code + "»", "МОУ «СШ выписок»", EducationLevel.SECONDARY,
                "Тестовая область, г. Тестов, ул. Школьная, 1");
        DemoSchoolPlan plan = new DemoSchoolPlan(code, "Школа " + code, code, EducationLevel.SECONDARY, null,
                students, seed);
        DemoSchoolJournal journal = new DemoJournalGenerator().generate(plan, java.time.LocalDate.of(2027, 5, 20));
        long started = System.nanoTime();
        List<ImportResult> results = journalImport.applyAll(schoolId, journal.records());
        System.out.printf("PaperExtractsBenchmark: %d students: imported %d records in %d s%n", students,
                results.size(), (System.nanoTime() - started) / 1_000_000_000);
        return schoolId;
    }

    private List<List<StudentCard>> classes(long schoolId) {
        List<List<StudentCard>> classes = new ArrayList<>();
        for (GuardianRoster.Choice choice : roster.classes(schoolId)) {
            List<StudentCard> students = diary.classmates(choice.id());
            if (!students.isEmpty()) {
                classes.add(students);
            }
        }
        return classes;
    }

    /** The whole class for the school year, one file. */
    private IssuedExtracts print(long schoolId, List<StudentCard> students) {
        PeriodChoice year = extracts.periodsOfStudent(students.get(0).studentId()).stream()
                .filter(p -> p.kind().equals("YEAR")).findFirst().orElseThrow();
        return extracts.forClass(schoolId, students.get(0).classId(), true,
                new ExtractRequest(year.id(), null, null, "benchmark", null, "https://ediary.test"));
    }
}
