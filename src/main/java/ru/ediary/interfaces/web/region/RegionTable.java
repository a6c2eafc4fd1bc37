package ru.ediary.interfaces.web.region;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.interfaces.web.admin.ReportTable;
import ru.ediary.reporting.application.RegionalReport;
import ru.ediary.reporting.application.RegionalReporting.SchoolList;
import ru.ediary.reporting.application.SchoolCard;
import ru.ediary.reporting.application.SchoolReport;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.ConsentCoverage;
import ru.ediary.reporting.model.Published;
import ru.ediary.reporting.model.Timeliness;

/**
 * The region's schools side by side for one period, as «Школы региона» shows them and «Скачать XLSX» writes them: one
 * definition of the columns, the cells and the order, so the page and the file never disagree.
 */
public final class RegionTable {

    /** The columns after the school's name, by the key of their header text ({@code region.col.<key>}). */
    public static final List<String> COLUMNS = List.of("students", "freshness", "assessed", "average", "pass",
            "quality", "sou", "gaps", "overdueDeferrals", "deficit", "overdue", "late", "consentGiven", "noAnswer",
            "onPaper");
    /** The column sorted by the name of the school. */
    public static final String BY_SCHOOL = "school";
    /** The default order: the weakest качество знаний first. */
    public static final String DEFAULT_SORT = "quality";

    /** A school's line (or the region's total, then without a code). */
    public record Line(String code, String name, List<Cell> cells) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    private final List<Line> lines;
    private final Line total;
    private final String sort;
    private final boolean descending;

    private RegionTable(List<Line> lines, Line total, String sort, boolean descending) {
        this.lines = lines;
        this.total = total;
        this.sort = sort;
        this.descending = descending;
    }

    /**
     * The table of a report over every school of the region, ordered by {@code sort} (a column key or
     * {@link #BY_SCHOOL}; unknown: the default); suppressed and empty cells come last in either direction.
     */
    static RegionTable of(SchoolList schools, RegionalReport report, String sort, boolean descending,
                          RegionTexts texts) {
        Map<String, SchoolCard> cards = schools.schools().stream()
                .collect(Collectors.toMap(SchoolCard::code, Function.identity()));
        List<Line> lines = new ArrayList<>();
        long students = 0;
        for (SchoolReport school : report.schools()) {
            SchoolCard card = cards.get(school.code());
            long n = card == null ? 0 : card.students();
            students += n;
            lines.add(new Line(school.code(), card == null ? school.name() : card.shortName(),
                    cells(school, n, texts.moment(card == null ? null : card.lastBatchAt()))));
        }
        Line total = new Line(null, texts.text("region.total"), cells(report.total(), students, ""));
        String column = sort != null && (BY_SCHOOL.equals(sort) || COLUMNS.contains(sort)) ? sort : DEFAULT_SORT;
        lines.sort(order(column, descending));
        return new RegionTable(List.copyOf(lines), total, column, descending);
    }

    private static List<Cell> cells(SchoolReport school, long students, String freshness) {
        Published<ResultDistribution> results = school.results();
        Published<Completeness> completeness = school.completeness();
        Published<Timeliness> publication = school.publication();
        Published<ConsentCoverage> consent = school.consent();
        return List.of(
                Cell.count(students),
                Cell.text(freshness),
                Cell.of(results, r -> Cell.count(r.assessed())),
                Cell.of(results, r -> Cell.figure(r.average())),
                Cell.of(results, r -> Cell.figure(r.passRate())),
                Cell.of(results, r -> Cell.figure(r.qualityRate())),
                Cell.of(results, r -> Cell.figure(r.learningDegree())),
                Cell.of(completeness, c -> Cell.count(c.gaps())),
                Cell.of(completeness, c -> Cell.count(c.overdueDeferrals())),
                Cell.count(school.lessonTotal() == null ? 0 : school.lessonTotal().deficit()),
                Cell.of(publication, t -> Cell.count(t.overdue())),
                Cell.of(publication, t -> Cell.count(t.late())),
                Cell.of(consent, c -> Cell.count(c.given())),
                Cell.of(consent, c -> Cell.count(c.noAnswer())),
                Cell.of(consent, c -> Cell.count(c.onPaper())));
    }

    private static Comparator<Line> order(String column, boolean descending) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));
        Comparator<Line> byName = Comparator.comparing(Line::name, collator);
        if (BY_SCHOOL.equals(column)) {
            return descending ? byName.reversed() : byName;
        }
        int i = COLUMNS.indexOf(column);
        Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((Line l) -> l.cells().get(i).sortValue(), Comparator.nullsLast(values))
                .thenComparing(byName);
    }

    /** The same table for the XLSX: the headers as on the page, the total last, suppressed cells as «<5». */
    ReportTable export(RegionTexts texts, RegionalReport report) {
        List<String> columns = new ArrayList<>();
        columns.add(texts.text("region.col.school"));
        COLUMNS.forEach(c -> columns.add(texts.text("region.col." + c)));
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(row(line));
        }
        rows.add(row(total));
        String title = texts.format("region.export.title", report.schoolYear().replace('/', '-'),
                texts.period(report.period()));
        String file = "region-" + report.schoolYear().replaceAll("[^0-9]+", "-") + "-"
                + RegionTexts.param(report.period()).toLowerCase(Locale.ROOT);
        return new ReportTable(title, file, columns, rows);
    }

    private static List<Object> row(Line line) {
        List<Object> row = new ArrayList<>();
        row.add(line.name());
        line.cells().forEach(c -> row.add(c.exported() == null || "".equals(c.exported()) ? null : c.exported()));
        return row;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Line getTotal() {
        return total;
    }

    public String getSort() {
        return sort;
    }

    public boolean isDescending() {
        return descending;
    }
}
