package ru.ediary.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import ru.ediary.audit.model.AuditEntry;
import ru.ediary.audit.model.AuditTrail;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.it.assessment.ResultFixtures.Tally;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * «Итоги успеваемости» end to end in a school of the test's own, built through the journal import: a finished
 * quarter's final grades (with «н/а», «осв», «зач», «незач» and a missing grade) and a running quarter's marks. In
 * Chromium the office reads the school by class, a class by subject, and the students behind a number, for the
 * finished quarter and for the running one (a forecast, compared with the finished one); every figure on the page
 * and in the XLSX read back with POI is checked against {@link ResultFixtures}' own arithmetic. Bad query values
 * give a message, not an error page. The reads of names and the exports are audited. The order matters.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultStatisticsIT {

    /** The distribution columns as the page's cells name them, in the table's order. */
    private static final Map<String, String> CATEGORY = new LinkedHashMap<>();

    static {
        List<String> names = List.of("FIVE", "FOUR", "THREE", "TWO", "NOT_ATTESTED", "EXEMPT", "PASS", "FAIL",
                "NO_GRADE");
        for (int i = 0; i < names.size(); i++) {
            CATEGORY.put(Tally.COLUMNS.get(i), names.get(i));
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ResultStatisticsIT.class, ResultFixtures.class,
                ResultFixtures.Pupil.class, ResultFixtures.Final.class, ResultFixtures.Current.class, Tally.class,
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
    AuditTrail audit;

    @Test
    @Order(1)
    void theJournalSendsTheSchoolAndTheOfficeHasAnAccount() throws Exception {
        long schoolId = TestSchool.create(registry, ResultFixtures.SCHOOL);
        for (ImportResult r : journalImport.applyAll(schoolId, ResultFixtures.journal(ResultFixtures.version()))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        TestSchool.inTransaction(() -> {
            School school = schools.school(schoolId).orElseThrow();
            if (!accounts.exists(ResultFixtures.STAFF)) {
                accounts.create(ResultFixtures.STAFF, ResultFixtures.PASSWORD.toCharArray(), "Завуч",
                        Set.of(Role.SCHOOL_ADMIN), school, null, null, null, "it-results");
            }
            return null;
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void theFinishedQuarterByClassBySubjectAndTheStudentsBehindANumber() throws Exception {
        try (ResultScreens page = new ResultScreens(base)) {
            page.open("");
            assertTrue(page.selectedPeriod().startsWith(ResultFixtures.RUNNING), "the running period comes first: "
                    + page.selectedPeriod());
            page.choosePeriod(ResultFixtures.FINISHED);
            assertTrue(page.text("source").contains("Итоговые оценки"), page.text("source"));
            assertTrue(page.text("comparison").contains("нет"), "no previous quarter: " + page.text("comparison"));
            String definitions = page.definitions();
            for (String part : List.of("Симонов", "(n5 + n4 + n3) / N", "(n5 + n4) / N",
                    "(100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N", "«н/а» (не аттестован) входит в N")) {
                assertTrue(definitions.contains(part), part + " in " + definitions);
            }

            // the school by class
            Map<String, Map<String, String>> rows = page.rows();
            Tally c6 = ResultFixtures.finals(ResultFixtures.C6, null);
            Tally c7 = ResultFixtures.finals(ResultFixtures.C7, null);
            assertEquals(List.of(ResultFixtures.C6, ResultFixtures.C7, "Вся школа"), new ArrayList<>(rows.keySet()));
            checkRow(rows.get(ResultFixtures.C6), c6, null);
            checkRow(rows.get(ResultFixtures.C7), c7, null);
            checkRow(rows.get("Вся школа"), c6.plus(c7), null);
            assertEquals("84,6", rows.get(ResultFixtures.C6).get("pass"), "6Р: (5 + 6) of (7 + 6), by hand");
            String chart = page.chartText();
            assertTrue(chart.contains("Успеваемость " + plain(c6.pass()) + " %"), chart);
            assertTrue(chart.contains("СОУ " + plain(c7.sou()) + " %"), chart);

            // a class by subject, with its teachers
            page.drill(ResultFixtures.C6);
            assertTrue(page.caption().contains(ResultFixtures.C6), page.caption());
            rows = page.rows();
            for (String subject : List.of(ResultFixtures.MATHS, ResultFixtures.RUSSIAN, ResultFixtures.PE)) {
                Map<String, String> row = rows.get(subject);
                assertTrue(row != null, subject + " in " + rows.keySet());
                assertEquals(ResultFixtures.TEACHERS.get(subject), row.get("teacher"));
                checkRow(row, ResultFixtures.finals(ResultFixtures.C6, subject), null);
            }
            checkRow(rows.get("Итого"), c6, null);
            // PE: only зач/незач/осв — no N, no figures
            assertEquals("—", rows.get(ResultFixtures.PE).get("average"));
            assertEquals("6", rows.get(ResultFixtures.PE).get("c-PASS"));

            ResultScreens.Export xlsx = page.export("export", "xlsx");
            assertEquals(200, xlsx.status(), xlsx.title());
            assertTrue(xlsx.title().contains(ResultFixtures.C6), xlsx.title());
            assertEquals(page.header(), xlsx.header(), "the file has the page's columns");
            for (String subject : List.of(ResultFixtures.MATHS, ResultFixtures.RUSSIAN, ResultFixtures.PE)) {
                checkExport(xlsx.rows().get(subject), ResultFixtures.TEACHERS.get(subject),
                        ResultFixtures.finals(ResultFixtures.C6, subject), null);
            }
            checkExport(xlsx.rows().get("Итого"), "", c6, null);

            // the students behind the «5» in maths
            page.clickCount(ResultFixtures.MATHS, "FIVE");
            assertTrue(page.studentsHeading().contains("«5»"), page.studentsHeading());
            Map<String, String> fives = new LinkedHashMap<>();
            for (ResultFixtures.Final f : ResultFixtures.FINALS) {
                if (f.subject().equals(ResultFixtures.MATHS) && f.value().equals("5")
                        && ResultFixtures.pupil(f.student()).className().equals(ResultFixtures.C6)) {
                    fives.put(ResultFixtures.pupil(f.student()).name(), "5");
                }
            }
            assertEquals(fives, page.students());
            ResultScreens.Export students = page.export("studentsExport", "xlsx");
            assertEquals(200, students.status(), students.title());
            assertEquals(fives.keySet(), students.rows().keySet());
            students.rows().values().forEach(r -> assertEquals("5", r.get(1)));

            // and the н/а behind its number, with the whole list one click away
            page.clickCount(ResultFixtures.MATHS, "NOT_ATTESTED");
            assertEquals(Map.of(ResultFixtures.pupil("r-s7").name(), "н/а"), page.students());
            assertEquals(List.of(), page.consoleErrors().stream().filter(e -> !e.contains("favicon.ico")).toList(),
                    "no script or policy error on the page (the missing favicon aside)");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theRunningQuarterIsAForecastComparedWithTheFinishedOne() throws Exception {
        try (ResultScreens page = new ResultScreens(base)) {
            page.open("");
            assertTrue(page.text("source").toLowerCase().contains("прогноз"), page.text("source"));
            assertTrue(page.caption().contains("прогноз"), page.caption());
            assertTrue(page.text("comparison").contains(ResultFixtures.FINISHED), page.text("comparison"));

            Map<String, Map<String, String>> rows = page.rows();
            Tally now6 = ResultFixtures.running(ResultFixtures.C6, null);
            Tally now7 = ResultFixtures.running(ResultFixtures.C7, null);
            Tally before6 = ResultFixtures.finals(ResultFixtures.C6, null);
            Tally before7 = ResultFixtures.finals(ResultFixtures.C7, null);
            checkRow(rows.get(ResultFixtures.C6), now6, before6);
            checkRow(rows.get(ResultFixtures.C7), now7, before7);
            checkRow(rows.get("Вся школа"), now6.plus(now7), before6.plus(before7));
            assertEquals("1", rows.get(ResultFixtures.C6).get("c-NO_GRADE"), "Донской has two marks only");

            ResultScreens.Export xlsx = page.export("export", "xlsx");
            assertEquals(200, xlsx.status(), xlsx.title());
            assertTrue(xlsx.title().startsWith("Прогноз"), "the sheet says it is a forecast: " + xlsx.title());
            checkExport(xlsx.rows().get(ResultFixtures.C6), null, now6, before6);
            checkExport(xlsx.rows().get(ResultFixtures.C7), null, now7, before7);
            checkExport(xlsx.rows().get("Вся школа"), null, now6.plus(now7), before6.plus(before7));

            page.drill(ResultFixtures.C6);
            rows = page.rows();
            for (String subject : List.of(ResultFixtures.MATHS, ResultFixtures.RUSSIAN, ResultFixtures.PE)) {
                checkRow(rows.get(subject), ResultFixtures.running(ResultFixtures.C6, subject),
                        ResultFixtures.finals(ResultFixtures.C6, subject));
            }
            page.drill(ResultFixtures.MATHS);
            assertEquals(ResultFixtures.forecasts(ResultFixtures.C6, ResultFixtures.MATHS), page.students(),
                    "each student's forecast, «—» with too few marks");
            assertTrue(page.text("studentsHeading").length() > 0);
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void badQueryValuesGiveAMessageAndTheLevelAbove() throws Exception {
        try (ResultScreens page = new ResultScreens(base)) {
            page.open("period=abc");
            assertTrue(page.text("messages").contains("Такого периода"), page.text("messages"));
            assertTrue(page.rows().containsKey("Вся школа"));
            page.open("class=999999999");
            assertTrue(page.text("messages").contains("Такого класса"), page.text("messages"));
            assertTrue(page.rows().containsKey("Вся школа"), "the school level instead");
            page.open("class=1%27%20OR%201=1&subject=x&grade=<b>");
            assertTrue(page.text("messages").contains("Такого класса"), page.text("messages"));
        }
    }

    @Test
    @Order(5)
    void theReadsOfNamesAndTheExportsAreAudited() throws Exception {
        long schoolId = TestSchool.create(registry, ResultFixtures.SCHOOL);
        List<AuditEntry> views = audit.find(schoolId, ResultFixtures.STAFF, "STAFF_VIEW", "class:", null, null, 20);
        assertTrue(views.stream().anyMatch(e -> e.getDetails().contains("итоги успеваемости")
                && e.getDetails().contains(ResultFixtures.MATHS)), "the names read are audited");
        List<AuditEntry> exports = audit.find(schoolId, ResultFixtures.STAFF, "REPORT_EXPORTED", null, null, null,
                20);
        assertTrue(exports.size() >= 3, "three exports: " + exports.size());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Every cell of a page row against the tally (and the previous period's, for the differences). */
    private static void checkRow(Map<String, String> row, Tally now, Tally before) {
        assertTrue(row != null, "row missing");
        for (Map.Entry<String, String> c : CATEGORY.entrySet()) {
            assertEquals(String.valueOf(now.n(c.getKey())), row.get("c-" + c.getValue()), c.getKey() + " in " + row);
        }
        assertEquals(String.valueOf(now.assessed()), row.get("n"), "N in " + row);
        assertEquals(plain(now.average()), row.get("average"), "average in " + row);
        assertEquals(plain(now.pass()), row.get("pass"), "успеваемость in " + row);
        assertEquals(plain(now.quality()), row.get("quality"), "качество in " + row);
        assertEquals(plain(now.sou()), row.get("sou"), "СОУ in " + row);
        assertEquals(signed(now.average(), before == null ? null : before.average()), row.get("d-average"), "" + row);
        assertEquals(signed(now.pass(), before == null ? null : before.pass()), row.get("d-pass"), "" + row);
        assertEquals(signed(now.quality(), before == null ? null : before.quality()), row.get("d-quality"),
                "" + row);
        assertEquals(signed(now.sou(), before == null ? null : before.sou()), row.get("d-sou"), "" + row);
    }

    /** A row of the XLSX: name, [teacher], the nine counts, N, the four figures, the four differences. */
    private static void checkExport(List<String> row, String teacher, Tally now, Tally before) {
        assertTrue(row != null, "row missing in the file");
        int i = 1;
        if (teacher != null) {
            assertEquals(teacher, cell(row, i++));
        }
        for (String c : Tally.COLUMNS) {
            assertEquals(String.valueOf(now.n(c)), cell(row, i++), c + " in " + row);
        }
        assertEquals(String.valueOf(now.assessed()), cell(row, i++), "N in " + row);
        List<BigDecimal> figures = java.util.Arrays.asList(now.average(), now.pass(), now.quality(), now.sou());
        for (BigDecimal f : figures) {
            assertEquals(number(f), cell(row, i++), "" + row);
        }
        BigDecimal[][] pairs = {{now.average(), before == null ? null : before.average()},
                {now.pass(), before == null ? null : before.pass()},
                {now.quality(), before == null ? null : before.quality()},
                {now.sou(), before == null ? null : before.sou()}};
        for (BigDecimal[] p : pairs) {
            assertEquals(p[0] == null || p[1] == null ? "" : number(p[0].subtract(p[1])), cell(row, i++), "" + row);
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',');
    }

    private static String signed(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "—";
        }
        BigDecimal d = now.subtract(before);
        return (d.signum() > 0 ? "+" : "") + d.toPlainString().replace('.', ',');
    }
}
