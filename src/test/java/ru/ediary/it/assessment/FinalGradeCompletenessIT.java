package ru.ediary.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Set;
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
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.FinalGradeReport;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.it.assessment.FinalGradeFixtures.DeferralSpec;
import ru.ediary.it.assessment.FinalGradeFixtures.Expected;
import ru.ediary.it.assessment.FinalGradeFixtures.GradeSpec;
import ru.ediary.it.assessment.FinalGradeFixtures.Pupil;
import ru.ediary.it.assessment.FinalGradeFixtures.SchoolClassSpec;
import ru.ediary.platform.Refusal;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * «Итоговые оценки» end to end in a school of the test's own, built through the journal import: a class, a group
 * and an individual plan; the first quarter's final grades with a deliberate gap, an active, an overdue and a closed
 * deferral and a suspicious grade. The office sees the counts and lists in Chromium and in the XLSX files (read back
 * with POI) exactly as the test computes them from what it sent; a class or period that is not the school's gives a
 * message and no data; the import refuses a final grade of a quarter not begun, one dated tomorrow, and a deferral
 * ending within its quarter, each with its code. Methods without {@code @RunAsClient} run inside Liberty.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinalGradeCompletenessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(FinalGradeCompletenessIT.class, FinalGradeFixtures.class,
                Pupil.class, SchoolClassSpec.class, GradeSpec.class, DeferralSpec.class, Expected.class,
                ServerClock.class, TestSchool.class);
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
    FinalGradeDesk desk;

    // ---------------------------------------------------------------------------------------------------------------
    // inside the server

    @Test
    @Order(1)
    void theJournalSendsTheQuarterAndRefusesWhatCannotBe() throws Exception {
        long schoolId = TestSchool.create(registry, FinalGradeFixtures.SCHOOL);
        long version = FinalGradeFixtures.version();
        for (ImportResult r : journalImport.applyAll(schoolId, FinalGradeFixtures.journal(version))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        List<ImportResult> bad = journalImport.applyAll(schoolId, FinalGradeFixtures.badInput(version));
        assertEquals(RejectionCode.PERIOD_NOT_STARTED, bad.get(0).code(), bad.get(0).message());
        assertEquals("period", bad.get(0).field());
        assertEquals(RejectionCode.RESULT_DATE_IN_FUTURE, bad.get(1).code(), bad.get(1).message());
        assertEquals("resultDate", bad.get(1).field());
        assertEquals(RejectionCode.DEADLINE_BEFORE_PERIOD_END, bad.get(2).code(), bad.get(2).message());
        assertEquals("deadline", bad.get(2).field());

        long other = TestSchool.create(registry, FinalGradeFixtures.OTHER_SCHOOL);
        for (ImportResult r : journalImport.applyAll(other, FinalGradeFixtures.otherSchool(version))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        TestSchool.inTransaction(() -> {
            School school = schools.school(schoolId).orElseThrow();
            if (!accounts.exists(FinalGradeFixtures.STAFF)) {
                accounts.create(FinalGradeFixtures.STAFF, FinalGradeFixtures.PASSWORD.toCharArray(), "Завуч",
                        Set.of(Role.SCHOOL_ADMIN), school, null, null, null, "it-assess-finals");
            }
            return null;
        });

        // the other school's period and class are refused to this school, and this school's to it
        long myQ1 = desk.periods(schoolId).stream().filter(p -> p.name().startsWith(FinalGradeFixtures.Q1_NAME))
                .findFirst().orElseThrow().id();
        long otherQ1 = desk.periods(other).stream().findFirst().orElseThrow().id();
        long otherClass = desk.classes(other, otherQ1).get(0).id();
        assertThrows(Refusal.class, () -> desk.report(schoolId, otherQ1, null));
        assertThrows(Refusal.class, () -> desk.report(schoolId, myQ1, otherClass));
        FinalGradeReport mine = desk.report(schoolId, myQ1, null);
        assertEquals(new Expected().totalGaps, mine.totalGaps());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the office's page

    @Test
    @Order(2)
    @RunAsClient
    void theOfficeSeesEveryCountAndListAsComputedFromTheJournal() throws Exception {
        Expected expected = new Expected();
        String q1 = FinalGradeFixtures.Q1_NAME + " " + FinalGradeFixtures.YEAR_NAME;
        try (FinalGradeScreens page = new FinalGradeScreens(base)) {
            page.open("");
            assertTrue(page.hasReport(), page.messages());
            List<String> periods = page.periods();
            assertTrue(periods.contains(q1), periods.toString());
            assertFalse(periods.stream().anyMatch(p -> p.startsWith("3 четверть")), "a quarter not begun: " + periods);
            page.show(q1, "все классы");
            assertTrue(page.url().contains("period="), page.url());

            assertTrue(page.summary().contains("пробелов — " + expected.totalGaps), page.summary());
            assertEquals(expected.classes, page.rows("classes", 7));
            assertEquals(FinalGradeScreens.sorted(expected.gaps), FinalGradeScreens.sorted(page.rows("gaps", 5)));
            assertEquals(FinalGradeScreens.sorted(expected.deferrals),
                    FinalGradeScreens.sorted(page.rows("deferrals", 7)));
            for (String table : List.of("classes", "gaps", "deferrals")) {
                page.headers(table).forEach(h -> assertFalse(h.endsWith("!noscope"), table + ": " + h));
            }
            assertEquals(expected.gaps.size(), page.gapLinks().size());
            page.gapLinks().forEach(href -> assertTrue(href.contains("admin/extracts.xhtml?class="), href));

            page.checkXlsx(page.export("classesExport", "xlsx"), expected.classes, 7);
            page.checkXlsx(page.export("gapsExport", "xlsx"), FinalGradeScreens.sorted(expected.gaps), 5);
            page.checkXlsx(page.export("deferralsExport", "xlsx"), FinalGradeScreens.sorted(expected.deferrals), 7);
            FinalGradeScreens.Download csv = page.export("gapsExport", "csv");
            assertEquals(200, csv.status());
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());

            // one class: its own line and gaps only
            page.open("");
            page.show(q1, "6Х");
            assertEquals(List.of(expected.classes.get(1)), page.rows("classes", 7));
            assertEquals(expected.gaps.stream().filter(g -> g.contains("|6Х|")).toList(), page.rows("gaps", 5));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aClassOrPeriodThatIsNotTheSchoolsGivesAMessageAndNoData() {
        try (FinalGradeScreens page = new FinalGradeScreens(base)) {
            page.open("?class=987654321");
            assertTrue(page.messages().contains("Такого класса нет"), page.messages());
            assertFalse(page.hasReport(), "no data beside the message");

            page.open("?period=abc");
            assertTrue(page.messages().contains("Такого периода в вашей школе нет"), page.messages());
            assertFalse(page.hasReport());

            page.open("?period=987654321");
            assertTrue(page.messages().contains("Такого периода в вашей школе нет"), page.messages());
            assertFalse(page.hasReport());

            page.open("?class=%27%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
            assertTrue(page.messages().contains("Такого класса нет"), page.messages());
            assertFalse(page.hasReport());
        }
    }
}
