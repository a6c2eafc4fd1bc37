package ru.ediary.interfaces.web.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.interfaces.web.admin.ReportTable;
import ru.ediary.reporting.application.RegionalReport;
import ru.ediary.reporting.application.RegionalReporting.SchoolList;
import ru.ediary.reporting.application.SchoolCard;
import ru.ediary.reporting.application.SchoolReport;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.ConsentCoverage;
import ru.ediary.reporting.model.DeliveryCounts;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.PeriodRef;
import ru.ediary.reporting.model.Published;
import ru.ediary.reporting.model.Timeliness;
import ru.ediary.school.model.PeriodKind;

/** «Школы региона»: the order of its lines, and the XLSX table made of the same cells. */
class RegionTableTest {

    private static final RegionTexts RU = RegionTexts.of(Locale.forLanguageTag("ru"));

    @Test
    void theWeakestQualityComesFirstAndSuppressedOrEmptyLast() {
        RegionTable table = RegionTable.of(schools(), report(), null, false, RU);
        assertEquals(List.of("weak", "strong", "empty", "small"), codes(table));
        assertEquals("quality", table.getSort());
    }

    @Test
    void suppressedAndEmptyStayLastInTheOtherDirectionToo() {
        assertEquals(List.of("strong", "weak", "empty", "small"),
                codes(RegionTable.of(schools(), report(), "quality", true, RU)));
    }

    @Test
    void anUnknownColumnOrdersByDefaultAndTheSchoolColumnByName() {
        assertEquals(List.of("strong", "weak", "empty", "small"),
                codes(RegionTable.of(schools(), report(), "nonsense", true, RU)),
                "an unknown column falls back to качество знаний, in the direction asked");
        assertEquals(List.of("Альфа", "Бета", "Вега", "Гамма"),
                RegionTable.of(schools(), report(), "school", false, RU).getLines().stream()
                        .map(RegionTable.Line::name).toList());
    }

    @Test
    void theExportHasTheSameCellsWithSuppressedAsLessThanFiveAndTheTotalLast() {
        ReportTable file = RegionTable.of(schools(), report(), null, false, RU).export(RU, report());
        assertEquals("Школа", file.columns().get(0));
        assertEquals("Качество знаний, %", file.columns().get(1 + RegionTable.COLUMNS.indexOf("quality")));
        assertEquals(5, file.rows().size());
        List<Object> small = file.rows().get(3);
        assertEquals("Гамма", small.get(0));
        assertEquals("<5", small.get(1 + RegionTable.COLUMNS.indexOf("quality")));
        assertEquals("нет данных", small.get(1 + RegionTable.COLUMNS.indexOf("freshness")));
        List<Object> weak = file.rows().get(0);
        assertEquals(50.0, ((Number) weak.get(1 + RegionTable.COLUMNS.indexOf("quality"))).doubleValue());
        assertEquals(12L, weak.get(1 + RegionTable.COLUMNS.indexOf("students")));
        assertEquals("Итого по региону", file.rows().get(4).get(0));
        assertEquals(12L + 20 + 3 + 7, file.rows().get(4).get(1 + RegionTable.COLUMNS.indexOf("students")));
    }

    private static List<String> codes(RegionTable table) {
        return table.getLines().stream().map(RegionTable.Line::code).toList();
    }

    private static SchoolList schools() {
        Instant batch = Instant.parse("2026-11-02T09:30:00Z");
        return new SchoolList("Область", List.of(card("weak", "Бета", 12, batch), card("strong", "Альфа", 20, batch),
                card("small", "Гамма", 3, null), card("empty", "Вега", 7, batch)));
    }

    private static SchoolCard card(String code, String name, long students, Instant batch) {
        return new SchoolCard(code, name + " полное", name, null, "адрес", 1, students, batch);
    }

    private static RegionalReport report() {
        SchoolReport weak = school("weak", Published.of(results(2, 2, 4)));
        SchoolReport strong = school("strong", Published.of(results(5, 3, 2)));
        SchoolReport small = school("small", Published.suppressed());
        SchoolReport empty = school("empty", Published.of(ResultDistribution.EMPTY));
        return new RegionalReport("Область", "2026/2027", new PeriodRef(PeriodKind.QUARTER, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 25), Instant.now(),
                List.of(weak, strong, small, empty), school(null, Published.of(results(7, 5, 6))));
    }

    private static ResultDistribution results(long fives, long fours, long threes) {
        return new ResultDistribution(Map.of(ResultCategory.FIVE, fives, ResultCategory.FOUR, fours,
                ResultCategory.THREE, threes), 5 * fives + 4 * fours + 3 * threes);
    }

    private static SchoolReport school(String code, Published<ResultDistribution> results) {
        return new SchoolReport(code, "name", results, List.of(), List.of(), Published.of(Completeness.NONE),
                List.of(), new LessonLine(null, 10, 8, 2), List.of(), Published.of(Timeliness.NONE),
                Published.of(ConsentCoverage.NONE), DeliveryCounts.NONE);
    }
}
