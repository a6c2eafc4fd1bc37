package ru.ediary.interfaces.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.reporting.application.IndicatorPoint;
import ru.ediary.reporting.application.RegionalReport;
import ru.ediary.reporting.application.RegionalReporting;
import ru.ediary.reporting.application.ReportingRefused;
import ru.ediary.reporting.application.SchoolReport;
import ru.ediary.reporting.model.Indicator;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.LessonTypeLine;
import ru.ediary.reporting.model.PeriodRef;
import ru.ediary.reporting.model.Published;

/**
 * The authority's page of one school, {@code /region/school.xhtml?code=…&year=…&period=…}: its results by grade level
 * and by subject, completeness, lessons, the 3-day rule, consent and delivery for the period, and its качество знаний
 * over the periods of the last 12 months. A school that is not the region's (unknown or another region's) gives a
 * message and nothing else.
 */
@Named
@RequestScoped
public class RegionSchoolPage {

    /** The figures of a results line, by the key of their header text. */
    static final List<String> RESULT_COLUMNS = List.of("assessed", "five", "four", "three", "two", "notAttested",
            "average", "pass", "quality", "sou");

    @Inject
    RegionalReporting reporting;

    @Inject
    SignedIn signedIn;

    @Inject
    Clock clock;

    private String code;
    private String yearParam;
    private String periodParam;

    private RegionTexts texts;
    private List<String> years = List.of();
    private List<PeriodRef> periods = List.of();
    private RegionalReport report;
    private SchoolReport school;
    private List<IndicatorPoint> trend = List.of();
    private TrendChart chart;

    public void load() {
        texts = RegionTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Long regionId = RegionScope.regionOf(signedIn.getAccount());
        if (regionId == null) {
            PageMessages.error("region.noRegion");
            return;
        }
        String schoolCode = code == null ? "" : code.trim();
        if (schoolCode.isEmpty()) {
            PageMessages.error("region.refused.UNKNOWN_SCHOOL", "");
            return;
        }
        PeriodRef period;
        try {
            period = RegionTexts.period(periodParam);
        } catch (IllegalArgumentException e) {
            PageMessages.error("region.refused.INVALID_PERIOD", schoolCode);
            return;
        }
        String year = yearParam == null || yearParam.isBlank() ? null : yearParam.trim();
        String login = signedIn.getLogin();
        String address = signedIn.remoteAddress();
        try {
            if (year != null && period != null && !reporting.periods(regionId, year).contains(period)) {
                period = null;
            }
            report = reporting.schoolYearReport(login, address, regionId, year, period, schoolCode, true);
            school = report.schools().isEmpty() ? report.total() : report.schools().get(0);
            LocalDate today = LocalDate.now(clock);
            trend = reporting.indicatorSeries(login, address, regionId, Indicator.QUALITY_RATE,
                    today.minusMonths(12), today, schoolCode);
            chart = new TrendChart(trend, texts);
            years = reporting.schoolYears(regionId);
            periods = reporting.periods(regionId, report.schoolYear());
        } catch (ReportingRefused refused) {
            PageMessages.error("region.refused." + refused.code().name(), schoolCode);
            report = null;
            school = null;
        }
    }

    // ------------------------------------------------------------------ the tables

    public FigureTable getByGrade() {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (SchoolReport.GradeLine g : school.grades()) {
            rows.add(new FigureTable.Row(texts.format("region.school.grade", g.grade()), results(g.results())));
        }
        return new FigureTable("byGrade", caption("region.school.byGrade"), texts.text("region.school.col.grade"),
                resultHeaders(), rows, new FigureTable.Row(texts.text("region.school.total"),
                results(school.results())));
    }

    public FigureTable getBySubject() {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (SchoolReport.SubjectLine s : school.subjects()) {
            rows.add(new FigureTable.Row(s.subject(), results(s.results())));
        }
        return new FigureTable("bySubject", caption("region.school.bySubject"),
                texts.text("region.school.col.subject"), resultHeaders(), rows, null);
    }

    public FigureTable getCompleteness() {
        var c = school.completeness();
        return single("completeness", "region.school.completeness", List.of("due", "graded", "activeDeferrals",
                "overdueDeferrals", "gaps"), List.of(
                        Cell.of(c, x -> Cell.count(x.due())), Cell.of(c, x -> Cell.count(x.graded())),
                        Cell.of(c, x -> Cell.count(x.activeDeferrals())),
                        Cell.of(c, x -> Cell.count(x.overdueDeferrals())), Cell.of(c, x -> Cell.count(x.gaps()))));
    }

    public FigureTable getLessons() {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (LessonLine l : school.lessons()) {
            rows.add(lessonRow(l.subject(), l));
        }
        LessonLine total = school.lessonTotal();
        return new FigureTable("lessons", caption("region.school.lessons"), texts.text("region.school.col.subject"),
                headers(List.of("planned", "held", "deficit")), rows,
                total == null ? null : lessonRow(texts.text("region.school.total"), total));
    }

    private FigureTable.Row lessonRow(String label, LessonLine l) {
        return new FigureTable.Row(label, List.of(Cell.count(l.planned()), Cell.count(l.held()),
                Cell.count(l.deficit())));
    }

    public FigureTable getLessonTypes() {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (LessonTypeLine t : school.lessonTypes()) {
            rows.add(new FigureTable.Row(t.type(), List.of(Cell.count(t.held()))));
        }
        return new FigureTable("lessonTypes", caption("region.school.lessonTypes"),
                texts.text("region.school.col.type"), headers(List.of("held")), rows, null);
    }

    public FigureTable getPublication() {
        var t = school.publication();
        return single("publication", "region.school.publication", List.of("onTime", "late", "overdue", "waiting"),
                List.of(Cell.of(t, x -> Cell.count(x.onTime())), Cell.of(t, x -> Cell.count(x.late())),
                        Cell.of(t, x -> Cell.count(x.overdue())), Cell.of(t, x -> Cell.count(x.waiting()))));
    }

    public FigureTable getConsent() {
        var c = school.consent();
        return single("consent", "region.school.consent", List.of("guardians", "consentGiven", "refused",
                "withdrawn", "noAnswer", "onPaper"), List.of(
                        Cell.of(c, x -> Cell.count(x.guardians())), Cell.of(c, x -> Cell.count(x.given())),
                        Cell.of(c, x -> Cell.count(x.refused())), Cell.of(c, x -> Cell.count(x.withdrawn())),
                        Cell.of(c, x -> Cell.count(x.noAnswer())), Cell.of(c, x -> Cell.count(x.onPaper()))));
    }

    public FigureTable getDelivery() {
        var d = school.delivery();
        return single("delivery", "region.school.delivery", List.of("emails", "sms", "dead"),
                List.of(Cell.count(d.emailsSent()), Cell.count(d.smsSent()), Cell.count(d.dead())));
    }

    public FigureTable getTrendTable() {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (IndicatorPoint p : trend) {
            Cell value = p.suppressed() ? Cell.hidden() : Cell.figure(java.util.Optional.ofNullable(p.value()));
            rows.add(new FigureTable.Row(p.schoolYear() + ", " + texts.period(p.period()),
                    List.of(Cell.text(RegionTexts.day(p.startsOn()) + " – " + RegionTexts.day(p.endsOn())), value)));
        }
        return new FigureTable("trendTable", texts.text("region.school.trend.caption"),
                texts.text("region.school.col.period"), List.of(texts.text("region.school.col.dates"),
                        texts.text("region.col.quality")), rows, null);
    }

    /** The chart's text alternative: every point in words. */
    public String getTrendDescription() {
        List<String> parts = new ArrayList<>();
        for (IndicatorPoint p : trend) {
            parts.add(p.schoolYear() + ", " + texts.period(p.period()) + ": " + (p.suppressed()
                    ? texts.text("region.suppressed") : p.value() == null ? texts.text("region.noData")
                    : p.value().toPlainString().replace('.', ',') + " %"));
        }
        return texts.text("region.school.trend.caption") + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }

    private FigureTable single(String id, String captionKey, List<String> columns, List<Cell> cells) {
        return new FigureTable(id, caption(captionKey), texts.text("region.school.col.figure"), headers(columns),
                List.of(new FigureTable.Row(school.name(), cells)), null);
    }

    private String caption(String key) {
        return texts.text(key) + ", " + report.schoolYear() + ", " + texts.period(report.period());
    }

    private List<String> headers(List<String> keys) {
        return keys.stream().map(k -> texts.text("region.col." + k)).toList();
    }

    private List<String> resultHeaders() {
        return headers(RESULT_COLUMNS);
    }

    private static List<Cell> results(Published<ResultDistribution> results) {
        List<Function<ResultDistribution, Cell>> figures = List.of(
                r -> Cell.count(r.assessed()), r -> Cell.count(r.count(ResultCategory.FIVE)),
                r -> Cell.count(r.count(ResultCategory.FOUR)), r -> Cell.count(r.count(ResultCategory.THREE)),
                r -> Cell.count(r.count(ResultCategory.TWO)), r -> Cell.count(r.count(ResultCategory.NOT_ATTESTED)),
                r -> Cell.figure(r.average()), r -> Cell.figure(r.passRate()), r -> Cell.figure(r.qualityRate()),
                r -> Cell.figure(r.learningDegree()));
        return figures.stream().map(f -> Cell.of(results, f)).toList();
    }

    // ------------------------------------------------------------------ what the page reads

    public String periodLabel(PeriodRef period) {
        return texts.period(period);
    }

    public String periodValue(PeriodRef period) {
        return RegionTexts.param(period);
    }

    public String day(LocalDate date) {
        return RegionTexts.day(date);
    }

    public String getSelectedPeriod() {
        return report == null ? null : RegionTexts.param(report.period());
    }

    public RegionalReport getReport() {
        return report;
    }

    public SchoolReport getSchool() {
        return school;
    }

    public TrendChart getChart() {
        return chart;
    }

    public List<IndicatorPoint> getTrend() {
        return trend;
    }

    public List<String> getYears() {
        return years;
    }

    public List<PeriodRef> getPeriods() {
        return periods;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public String getPeriodParam() {
        return periodParam;
    }

    public void setPeriodParam(String periodParam) {
        this.periodParam = periodParam;
    }
}
