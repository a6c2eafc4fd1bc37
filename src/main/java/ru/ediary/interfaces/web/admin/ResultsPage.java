package ru.ediary.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import ru.ediary.assessment.application.ResultStatistics;
import ru.ediary.assessment.application.ResultStatistics.Line;
import ru.ediary.assessment.application.ResultStatistics.PeriodChoice;
import ru.ediary.assessment.application.ResultStatistics.Report;
import ru.ediary.assessment.application.ResultStatistics.StudentResult;
import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultComparison;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/**
 * Staff: «Итоги успеваемости» for a period — the school by class, a class by subject, a subject's students — with
 * the previous period's differences, a server-drawn chart (no script) and XLSX/CSV exports of the table shown.
 * The query parameters {@code period}, {@code class}, {@code subject}, {@code grade} drive the drill-down; a value
 * not of the school gives a message and the level above, never another school's data.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The distribution's columns, in the order of the table. */
    static final List<ResultCategory> CATEGORIES = List.of(ResultCategory.values());

    @Inject
    ResultStatistics statistics;

    @Inject
    ReportExport export;

    @Inject
    SignedIn signedIn;

    private String periodParam;
    private String classParam;
    private String subjectParam;
    private String gradeParam;

    private List<PeriodChoice> periods = List.of();
    private Long periodId;
    private Long classId;
    private Long subjectId;
    private ResultCategory grade;
    private PeriodChoice period;
    private PeriodChoice previous;
    private String className;
    private String subjectName;
    private List<Row> rows = List.of();
    private Row total;
    private List<StudentRow> students;

    /** A line of the table as shown: every figure already formatted, and the numbers for the export. */
    public record Row(Long classId, Long subjectId, String name, String teacher, List<Long> counts, long n,
                      Optional<BigDecimal> average, Optional<BigDecimal> pass, Optional<BigDecimal> quality,
                      Optional<BigDecimal> sou, Optional<BigDecimal> dAverage, Optional<BigDecimal> dPass,
                      Optional<BigDecimal> dQuality, Optional<BigDecimal> dSou) {

        static Row of(Long classId, Long subjectId, Line line) {
            ResultComparison c = line.comparison();
            ResultDistribution d = c.now();
            List<Long> counts = CATEGORIES.stream().map(d::count).toList();
            return new Row(classId, subjectId, line.name(), line.teacher(), counts, d.assessed(), d.average(),
                    d.passRate(), d.qualityRate(), d.learningDegree(), c.averageChange(), c.passRateChange(),
                    c.qualityRateChange(), c.learningDegreeChange());
        }

        public Long getClassId() {
            return classId;
        }

        public Long getSubjectId() {
            return subjectId;
        }

        public String getName() {
            return name;
        }

        public String getTeacher() {
            return teacher;
        }

        /** The counts with their categories, for the cells of the distribution. */
        public List<Cell> getCells() {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < CATEGORIES.size(); i++) {
                cells.add(new Cell(CATEGORIES.get(i).name(), counts.get(i)));
            }
            return cells;
        }

        public long getN() {
            return n;
        }

        public String getAverage() {
            return plain(average);
        }

        public String getPass() {
            return plain(pass);
        }

        public String getQuality() {
            return plain(quality);
        }

        public String getSou() {
            return plain(sou);
        }

        public String getDAverage() {
            return signed(dAverage);
        }

        public String getDPass() {
            return signed(dPass);
        }

        public String getDQuality() {
            return signed(dQuality);
        }

        public String getDSou() {
            return signed(dSou);
        }
    }

    /** One count of the distribution and its category's name (for the link to the students behind it). */
    public record Cell(String category, long count) {

        public String getCategory() {
            return category;
        }

        public long getCount() {
            return count;
        }
    }

    /** A student behind the figures. */
    public record StudentRow(String name, String grade, String category) {

        public String getName() {
            return name;
        }

        public String getGrade() {
            return grade;
        }

        public String getCategory() {
            return category;
        }
    }

    /** A bar of the chart, placed in SVG user units. */
    public record Bar(int y, int width, int textX, String text, String fill) {

        public int getY() {
            return y;
        }

        public int getWidth() {
            return width;
        }

        public int getTextX() {
            return textX;
        }

        public String getText() {
            return text;
        }

        public String getFill() {
            return fill;
        }
    }

    /** A row of the chart: its label and its three bars. */
    public record ChartRow(int labelY, String label, List<Bar> bars) {

        public int getLabelY() {
            return labelY;
        }

        public String getLabel() {
            return label;
        }

        public List<Bar> getBars() {
            return bars;
        }
    }

    /** Reads the query parameters and the figures they ask for (a Faces view action). */
    public void load() {
        long schoolId = signedIn.schoolId();
        periods = statistics.periods(schoolId);
        if (periods.isEmpty()) {
            PageMessages.error("results.noPeriods");
            return;
        }
        Long asked = number(periodParam);
        Optional<PeriodChoice> chosen = periods.stream().filter(p -> asked != null && p.id() == asked).findFirst();
        if (periodParam != null && !periodParam.isBlank() && chosen.isEmpty()) {
            PageMessages.error("results.unknownPeriod");
        }
        if (periodId == null || chosen.isPresent() || periods.stream().noneMatch(p -> p.id() == periodId)) {
            periodId = chosen.map(PeriodChoice::id).orElse(periods.get(0).id());
        }
        classId = null;
        subjectId = null;
        grade = null;
        if (classParam != null && !classParam.isBlank()) {
            try {
                Long id = number(classParam);
                className = statistics.className(schoolId, id == null ? -1 : id);
                classId = id;
            } catch (Refusal refusal) {
                PageMessages.refused(refusal);
            }
        }
        if (classId != null && subjectParam != null && !subjectParam.isBlank()) {
            try {
                Long id = number(subjectParam);
                subjectName = statistics.subjectName(schoolId, id == null ? -1 : id);
                subjectId = id;
            } catch (Refusal refusal) {
                PageMessages.refused(refusal);
            }
        }
        if (subjectId != null && gradeParam != null && !gradeParam.isBlank()) {
            try {
                grade = ResultCategory.valueOf(gradeParam);
            } catch (IllegalArgumentException unknown) {
                PageMessages.error("results.unknownGrade");
            }
        }
        compute();
    }

    /** The period chosen in the form (the drill-down stays). */
    public void show() {
        periodParam = periodId == null ? null : periodId.toString();
        load();
    }

    private void compute() {
        long schoolId = signedIn.schoolId();
        Report report = classId == null ? statistics.school(schoolId, periodId)
                : statistics.ofClass(schoolId, periodId, classId);
        period = report.period();
        previous = report.previous();
        rows = report.lines().stream().map(l -> classId == null ? Row.of(l.id(), null, l)
                : Row.of(classId, l.id(), l)).toList();
        total = Row.of(classId, null, report.total());
        students = null;
        if (subjectId != null) {
            rows = rows.stream().filter(r -> subjectId.equals(r.subjectId())).toList();
            students = statistics.students(schoolId, periodId, classId, subjectId, grade, signedIn.getLogin(),
                    signedIn.remoteAddress()).stream().map(s -> new StudentRow(s.name(), s.grade(),
                    s.category().name())).toList();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the exports: exactly the table shown

    public void exportXlsx() {
        export.send(table(), ReportExport.Format.XLSX);
    }

    public void exportCsv() {
        export.send(table(), ReportExport.Format.CSV);
    }

    public void exportStudentsXlsx() {
        export.send(studentsTable(), ReportExport.Format.XLSX);
    }

    public void exportStudentsCsv() {
        export.send(studentsTable(), ReportExport.Format.CSV);
    }

    ReportTable studentsTable() {
        ResourceBundle msg = bundle();
        String periodLabel = period == null ? "" : period.getLabel();
        {
            List<List<Object>> lines = new ArrayList<>();
            for (StudentRow s : students == null ? List.<StudentRow>of() : students) {
                lines.add(List.of(s.name(), s.grade()));
            }
            return new ReportTable(forecastPrefix(msg)
                    + format(msg, "results.export.title.students", className, subjectName) + ", "
                    + periodLabel, "results-students",
                    List.of(msg.getString("results.col.student"), msg.getString(isForecast() ? "results.col.forecast"
                            : "results.col.grade")), lines);
        }
    }

    ReportTable table() {
        ResourceBundle msg = bundle();
        String periodLabel = period == null ? "" : period.getLabel();
        List<String> columns = new ArrayList<>();
        columns.add(msg.getString(classId == null ? "results.col.class" : "results.col.subject"));
        if (classId != null) {
            columns.add(msg.getString("results.col.teacher"));
        }
        for (ResultCategory c : CATEGORIES) {
            columns.add(c.label());
        }
        for (String key : List.of("n", "average", "pass", "quality", "sou", "dAverage", "dPass", "dQuality", "dSou")) {
            columns.add(msg.getString("results.col." + key));
        }
        List<List<Object>> lines = new ArrayList<>();
        List<Row> all = new ArrayList<>(rows);
        if (subjectId == null) {
            all.add(total);
        }
        for (Row r : all) {
            List<Object> line = new ArrayList<>();
            line.add(r == total && classId == null ? msg.getString("results.level.school")
                    : r == total ? msg.getString("results.total") : r.name());
            if (classId != null) {
                line.add(r.teacher());
            }
            line.addAll(r.counts());
            line.add(r.n());
            for (Optional<BigDecimal> figure : List.of(r.average(), r.pass(), r.quality(), r.sou(), r.dAverage(),
                    r.dPass(), r.dQuality(), r.dSou())) {
                line.add(figure.orElse(null));
            }
            lines.add(line);
        }
        String title = classId == null ? msg.getString("results.export.title.school")
                : format(msg, "results.export.title.class", className);
        return new ReportTable(forecastPrefix(msg) + title + ", " + periodLabel, classId == null ? "results-school" : "results-class", columns,
                lines);
    }

    /** A forecast's file says so first: the sheet's name (31 characters at most) keeps the beginning of the title. */
    private String forecastPrefix(ResourceBundle msg) {
        return isForecast() ? msg.getString("results.export.forecast") + " " : "";
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static String format(ResourceBundle msg, String key, Object... arguments) {
        return new MessageFormat(msg.getString(key)).format(arguments);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the chart: three bars a row, 100 % = 400 units

    static final int LABEL_WIDTH = 150;
    static final int BAR_SCALE = 4;
    static final int BAR_HEIGHT = 14;
    static final int ROW_HEIGHT = 3 * (BAR_HEIGHT + 4) + 14;

    public List<ChartRow> getChart() {
        List<ChartRow> chart = new ArrayList<>();
        int y = 0;
        for (Row r : rows) {
            List<Bar> bars = new ArrayList<>();
            int barY = y;
            String[][] figures = {{"results.chart.pass", "#1d5c2e"}, {"results.chart.quality", "#1f4e8c"},
                    {"results.chart.sou", "#7a4b00"}};
            List<Optional<BigDecimal>> values = List.of(r.pass(), r.quality(), r.sou());
            ResourceBundle msg = bundle();
            for (int i = 0; i < 3; i++) {
                int width = values.get(i).map(v -> v.multiply(BigDecimal.valueOf(BAR_SCALE)).intValue()).orElse(0);
                bars.add(new Bar(barY, width, LABEL_WIDTH + width + 6, msg.getString(figures[i][0]) + " "
                        + plain(values.get(i)) + (values.get(i).isPresent() ? " %" : ""), figures[i][1]));
                barY += BAR_HEIGHT + 4;
            }
            chart.add(new ChartRow(y + BAR_HEIGHT + 4 + 11, r.name(), bars));
            y += ROW_HEIGHT;
        }
        return chart;
    }

    public int getChartHeight() {
        return Math.max(ROW_HEIGHT, rows.size() * ROW_HEIGHT);
    }

    // ---------------------------------------------------------------------------------------------------------------

    static String plain(Optional<BigDecimal> value) {
        return value.map(v -> v.toPlainString().replace('.', ',')).orElse("—");
    }

    static String signed(Optional<BigDecimal> value) {
        return value.map(v -> (v.signum() > 0 ? "+" : "") + v.toPlainString().replace('.', ',')).orElse("—");
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isForecast() {
        return period != null && period.isForecast();
    }

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public PeriodChoice getPrevious() {
        return previous;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getTotal() {
        return total;
    }

    public List<StudentRow> getStudents() {
        return students;
    }

    public List<ResultCategory> getCategories() {
        return CATEGORIES;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getClassName() {
        return className;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getGradeLabel() {
        return grade == null ? null : grade.label();
    }

    public String getPeriodParam() {
        return periodParam;
    }

    public void setPeriodParam(String periodParam) {
        this.periodParam = periodParam;
    }

    public String getClassParam() {
        return classParam;
    }

    public void setClassParam(String classParam) {
        this.classParam = classParam;
    }

    public String getSubjectParam() {
        return subjectParam;
    }

    public void setSubjectParam(String subjectParam) {
        this.subjectParam = subjectParam;
    }

    public String getGradeParam() {
        return gradeParam;
    }

    public void setGradeParam(String gradeParam) {
        this.gradeParam = gradeParam;
    }
}
