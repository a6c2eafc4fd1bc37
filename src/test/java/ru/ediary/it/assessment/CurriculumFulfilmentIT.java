package ru.ediary.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import ru.ediary.assessment.application.CurriculumReport;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.it.assessment.CurriculumFixtures.Row;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * «Выполнение учебного плана» end to end, in a school of the test's own sent through the journal import: the staff
 * page in Chromium and its XLSX (read back with POI) show every figure the test computes itself from the plan items
 * and lessons it sent (held, cancelled, still to come, unrecorded, deficit, surplus, %, lesson-type shares, the
 * substitution counted for the substitute, both anomalies); a class filter narrows the table; hostile filter values
 * give a message and no data, and another school's class is refused by the report itself.
 * Methods without {@code @RunAsClient} run inside Liberty; the order matters.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurriculumFulfilmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(CurriculumFulfilmentIT.class, CurriculumFixtures.class,
                CurriculumFixtures.Planned.class, CurriculumFixtures.Les.class, CurriculumFixtures.Row.class,
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
    GuardianRoster roster;

    @Inject
    CurriculumReport report;

    @Test
    @Order(1)
    void theJournalSendsThePlanAndTheLessons() throws Exception {
        long schoolId = TestSchool.create(registry, CurriculumFixtures.SCHOOL);
        long version = CurriculumFixtures.version();
        for (ImportResult r : journalImport.applyAll(schoolId, CurriculumFixtures.journal(version))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        long other = TestSchool.create(registry, CurriculumFixtures.OTHER_SCHOOL);
        for (ImportResult r : journalImport.applyAll(other, CurriculumFixtures.otherSchool(version))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        TestSchool.inTransaction(() -> {
            if (!accounts.exists(CurriculumFixtures.STAFF)) {
                accounts.create(CurriculumFixtures.STAFF, CurriculumFixtures.PASSWORD.toCharArray(), "Завуч",
                        Set.of(Role.SCHOOL_ADMIN), schools.school(schoolId).orElseThrow(), null, null, null,
                        "it-assess-plan");
            }
            return null;
        });
    }

    @Test
    @Order(2)
    void anotherSchoolsClassIsRefusedAndShowsNothing() throws Exception {
        long schoolId = TestSchool.create(registry, CurriculumFixtures.SCHOOL);
        long other = TestSchool.create(registry, CurriculumFixtures.OTHER_SCHOOL);
        long foreignClass = roster.classes(other).get(0).id();
        CurriculumReport.Report refused = report.of(schoolId,
                new CurriculumReport.Filter(String.valueOf(foreignClass), null, null, null));
        assertEquals(List.of("class"), refused.invalid());
        assertTrue(refused.rows().isEmpty());
        assertTrue(refused.teachers().isEmpty());
        assertTrue(refused.types().isEmpty());
        assertTrue(refused.unplanned().isEmpty());
        // and the other school's own report is empty: it has no plan
        assertTrue(report.of(other, new CurriculumReport.Filter(null, null, null, null)).rows().isEmpty());
    }

    @Test
    @Order(3)
    @RunAsClient
    void everyFigureOnThePageAndInTheWorkbookIsRight() throws Exception {
        try (CurriculumScreens page = CurriculumScreens.signIn(base, CurriculumFixtures.STAFF,
                CurriculumFixtures.PASSWORD)) {
            page.open("");
            assertEquals("Выполнение учебного плана", page.title());
            assertTrue(page.periodShown().startsWith("Период: " + CurriculumFixtures.RUNNING), page.periodShown());

            List<Row> rows = CurriculumFixtures.rows(k -> true);
            List<List<String>> expected = rows.stream().map(Row::screen).toList();
            assertEquals(expected, page.table("plan"));
            Row total = CurriculumFixtures.total(rows);
            List<String> footer = new ArrayList<>(total.screen());
            footer.set(1, "");
            footer.set(2, "");
            assertEquals(footer, page.footer("plan"));
            assertTrue(page.headers("plan").stream().allMatch(h -> h.endsWith("|col")), page.headers("plan").toString());

            // the figures as computed here, spelled out once for the reader: maths in 6П
            Row maths = rows.stream().filter(r -> r.audience().equals("6П") && r.subject().equals("Математика"))
                    .findFirst().orElseThrow();
            assertEquals(List.of(16L, 9L, 1L, 3L, 1L, 4L, 0L), List.of(maths.planned(), maths.held(),
                    maths.cancelled(), maths.scheduled(), maths.unrecorded(), maths.deficit(), maths.surplus()));
            assertEquals(new BigDecimal("56.3"), maths.percent()); // 9 / 16 = 56.25 → 56.3
            assertEquals("Петрова О. С. (8), Иванова Н. О. (1)", maths.teachers());
            assertEquals("6Р", rows.get(0).audience(), "the worst deficit (7) first");

            // the chart: the same percentages, in the table's order
            Map<String, String> bars = page.bars();
            assertEquals(rows.stream().map(r -> r.audience() + " · " + r.subject()).toList(),
                    new ArrayList<>(bars.keySet()));
            assertEquals(rows.stream().map(r -> CurriculumFixtures.percentText(r.percent()) + " %").toList(),
                    new ArrayList<>(bars.values()));

            // lesson types: count and share of all held lessons of the quarter
            long all = CurriculumFixtures.heldInAll();
            List<List<String>> types = new ArrayList<>();
            CurriculumFixtures.types().forEach((type, n) -> types.add(List.of(type, "" + n,
                    CurriculumFixtures.percentText(CurriculumFixtures.percent(n, all)))));
            assertEquals(types, page.table("types"));
            assertEquals(27, all);

            // teachers: the substitution counts for Ivanova, who held the lesson
            assertEquals(CurriculumFixtures.teacherLines(), page.table("teachers"));
            assertTrue(page.table("teachers").contains(List.of("Иванова Н. О.", "6П", "Математика", "1", "1", "0",
                    "0")));

            // anomalies
            assertEquals(List.of("6П, Изобразительное искусство: уроки есть, а в учебном плане предмета нет"
                    + " (проведено 2, отменено 0, запланировано 0)."), page.anomalies("unplanned"));
            assertEquals(List.of("6П, Музыка: в учебном плане 4 ур., а уроков нет совсем."),
                    page.anomalies("without-lessons"));

            // the workbook: the same rows and the total, numbers as numbers
            CurriculumScreens.Download xlsx = page.export("planExport", "xlsx");
            assertEquals(200, xlsx.status());
            assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
            List<Row> withTotal = new ArrayList<>(rows);
            withTotal.add(total);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Класс, группа, ИУП", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals("Выполнение, %", sheet.getRow(0).getCell(10).getStringCellValue());
                assertEquals(withTotal.size(), sheet.getLastRowNum());
                for (int i = 0; i < withTotal.size(); i++) {
                    Row e = withTotal.get(i);
                    org.apache.poi.ss.usermodel.Row x = sheet.getRow(i + 1);
                    assertEquals(e.audience(), text(x.getCell(0)), "row " + i);
                    if (i < rows.size()) {
                        assertEquals(e.subject(), text(x.getCell(1)), "row " + i);
                        assertEquals(e.teachers(), text(x.getCell(2)), "row " + i);
                    }
                    long[] figures = {e.planned(), e.held(), e.cancelled(), e.scheduled(), e.unrecorded(),
                            e.deficit(), e.surplus()};
                    for (int c = 0; c < figures.length; c++) {
                        assertEquals(CellType.NUMERIC, x.getCell(3 + c).getCellType(), "row " + i + " col " + c);
                        assertEquals(figures[c], (long) x.getCell(3 + c).getNumericCellValue(), "row " + i + " col " + c);
                    }
                    if (e.percent() == null) {
                        assertTrue(x.getCell(10) == null || x.getCell(10).getCellType() == CellType.BLANK);
                    } else {
                        assertEquals(e.percent(), BigDecimal.valueOf(x.getCell(10).getNumericCellValue())
                                .setScale(1, RoundingMode.HALF_UP), "row " + i);
                    }
                }
            }
            CurriculumScreens.Download typesXlsx = page.export("typesExport", "xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(typesXlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                int i = 1;
                for (Map.Entry<String, Long> e : CurriculumFixtures.types().entrySet()) {
                    assertEquals(e.getKey(), text(sheet.getRow(i).getCell(0)));
                    assertEquals(e.getValue(), (long) sheet.getRow(i).getCell(1).getNumericCellValue());
                    assertEquals(CurriculumFixtures.percent(e.getValue(), all),
                            BigDecimal.valueOf(sheet.getRow(i).getCell(2).getNumericCellValue())
                                    .setScale(1, RoundingMode.HALF_UP));
                    i++;
                }
                assertEquals(CurriculumFixtures.types().size(), sheet.getLastRowNum());
            }
            CurriculumScreens.Download teachersXlsx = page.export("teachersExport", "xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(teachersXlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                List<List<String>> lines = new ArrayList<>();
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    List<String> line = new ArrayList<>();
                    for (int c = 0; c < 7; c++) {
                        line.add(text(sheet.getRow(i).getCell(c)));
                    }
                    lines.add(line);
                }
                assertEquals(CurriculumFixtures.teacherLines(), lines);
            }
            CurriculumScreens.Download csv = page.export("planExport", "csv");
            assertEquals(200, csv.status());
            String csvText = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(csvText.contains("6П;Математика;Петрова О. С. (8), Иванова Н. О. (1);16;9;1;3;1;4;0;56,3"),
                    csvText);
            List<String> errors = page.consoleErrors().stream().filter(e -> !e.contains("favicon.ico")).toList();
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aFilterNarrowsAndHostileValuesShowAMessageAndNoData() throws Exception {
        try (CurriculumScreens page = CurriculumScreens.signIn(base, CurriculumFixtures.STAFF,
                CurriculumFixtures.PASSWORD)) {
            page.open("");
            page.filter("class", "6Р");
            assertTrue(page.url().contains("class="), page.url());
            List<Row> only6r = CurriculumFixtures.rows(k -> k[0].equals("p-c2"));
            assertEquals(only6r.stream().map(Row::screen).toList(), page.table("plan"));
            assertEquals("10", page.footer("plan").get(3));

            // a teacher: the audience × subject pairs she taught or is assigned to, whole
            String ivanova = page.options("teacher").get("Иванова Н. О.");
            page.open("teacher=" + ivanova);
            List<Row> hers = CurriculumFixtures.rows(k -> k[0].equals("p-c1")
                    && (k[1].equals("p-math") || k[1].equals("p-rus")));
            assertEquals(hers.stream().map(Row::screen).toList(), page.table("plan"));
            assertTrue(page.table("teachers").stream().allMatch(l -> l.get(0).equals("Иванова Н. О.")));

            page.open("period=abc%27%3Cscript%3E");
            assertTrue(page.messages().contains("Такого периода в вашей школе нет"), page.messages());
            assertFalse(page.present("plan"));
            assertFalse(page.present("anomalies"));

            page.open("class=999999999999&subject=-1");
            assertTrue(page.messages().contains("Такого класса в вашей школе нет"), page.messages());
            assertTrue(page.messages().contains("Такого предмета в вашей школе нет"), page.messages());
            assertFalse(page.present("plan"));
            List<String> errors = page.consoleErrors().stream().filter(e -> !e.contains("favicon.ico")).toList();
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return String.valueOf((long) cell.getNumericCellValue());
        }
        return cell.getStringCellValue();
    }
}
