package ru.ediary.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.ediary.assessment.application.CurriculumReport;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;

/**
 * Staff: «Выполнение учебного плана». The filters are the page's address (class, subject, teacher, period), so a
 * view can be bookmarked; the chart is an SVG drawn on the server (no script: the Content-Security-Policy's rule for
 * this application's pages), its figures are the table's «Выполнение, %» column.
 */
@Named
@ViewScoped
public class CurriculumPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The chart shows the worst rows only; the table has them all. */
    static final int CHART_BARS = 20;
    static final int BAR_HEIGHT = 22;
    static final int LABEL_WIDTH = 260;
    static final int PLOT_WIDTH = 300;

    @Inject
    CurriculumReport reports;

    @Inject
    ReportExport export;

    @Inject
    SignedIn signedIn;

    private String classId;
    private String subjectId;
    private String teacherId;
    private String periodId;
    private transient CurriculumReport.Report report;

    /** A bar of the chart: its label, the percentage as written, and where it is drawn. */
    public record Bar(String label, String value, int y, int width, int textY) {
    }

    /** Re-reads with the chosen filters: the address carries them. */
    public String show() {
        return "curriculum?faces-redirect=true&includeViewParams=true";
    }

    /** The view action: reads the report before rendering, so that a refused filter's message is on the page. */
    public void load() {
        getReport();
    }

    public CurriculumReport.Report getReport() {
        if (report == null) {
            report = reports.of(signedIn.schoolId(), new CurriculumReport.Filter(classId, subjectId, teacherId,
                    periodId));
            for (String invalid : report.invalid()) {
                PageMessages.error("curriculum.invalid." + invalid);
            }
            if (report.invalid().isEmpty() && report.period() == null) {
                PageMessages.error("curriculum.noPeriod");
            }
        }
        return report;
    }

    public boolean isShown() {
        return getReport().invalid().isEmpty() && getReport().period() != null;
    }

    public String getPeriodLabel() {
        var p = getReport().period();
        return p == null ? "" : p.name() + " (" + RUSSIAN.format(p.startsOn()) + " – " + RUSSIAN.format(p.endsOn())
                + ")";
    }

    /** «83,3»: a percentage with one decimal and a comma; «—» when undefined. */
    public String percent(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    public List<Bar> getBars() {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (CurriculumReport.Row row : getReport().rows()) {
            if (bars.size() == CHART_BARS) {
                break;
            }
            BigDecimal p = row.percent() == null ? BigDecimal.ZERO : row.percent();
            int width = p.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(PLOT_WIDTH))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(row.audience() + " · " + row.subject(), percent(row.percent()) + " %", y, width,
                    y + BAR_HEIGHT - 8));
            y += BAR_HEIGHT;
        }
        return bars;
    }

    public int getChartHeight() {
        return Math.max(BAR_HEIGHT, getBars().size() * BAR_HEIGHT);
    }

    public int getLabelWidth() {
        return LABEL_WIDTH;
    }

    public int getPlotWidth() {
        return PLOT_WIDTH;
    }

    /** The chart's text alternative: every bar's label and value. */
    public String getChartDescription() {
        StringBuilder text = new StringBuilder();
        for (Bar bar : getBars()) {
            text.append(text.length() == 0 ? "" : "; ").append(bar.label()).append(": ").append(bar.value());
        }
        return text.toString();
    }

    // ---- exports: the same figures as the tables

    public void exportPlan(String format) {
        export.send(planTable(), ReportExport.Format.valueOf(format));
    }

    public void exportTypes(String format) {
        export.send(typeTable(), ReportExport.Format.valueOf(format));
    }

    public void exportTeachers(String format) {
        export.send(teacherTable(), ReportExport.Format.valueOf(format));
    }

    ReportTable planTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (CurriculumReport.Row r : getReport().rows()) {
            rows.add(Arrays.asList(r.audience(), r.subject(), r.teachers(), r.planned(), r.held(), r.cancelled(),
                    r.scheduled(), r.unrecorded(), r.deficit(), r.surplus(), r.percent()));
        }
        CurriculumReport.Row t = getReport().total();
        if (t != null) {
            rows.add(Arrays.asList(text("curriculum.total"), null, null, t.planned(), t.held(), t.cancelled(),
                    t.scheduled(), t.unrecorded(), t.deficit(), t.surplus(), t.percent()));
        }
        return new ReportTable(text("curriculum.heading") + ", " + getReport().period().name(), "curriculum-plan",
                columns("audience", "subject", "teachers", "planned", "held", "cancelled", "scheduled", "unrecorded",
                        "deficit", "surplus", "percent"), rows);
    }

    ReportTable typeTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (CurriculumReport.TypeRow r : getReport().types()) {
            rows.add(Arrays.asList(typeName(r.type()), r.held(), r.share()));
        }
        return new ReportTable(text("curriculum.types") + ", " + getReport().period().name(), "curriculum-types",
                columns("type", "typeHeld", "share"), rows);
    }

    ReportTable teacherTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (CurriculumReport.TeacherRow r : getReport().teachers()) {
            rows.add(Arrays.asList(r.teacher(), r.audience(), r.subject(), r.held(), r.substitutions(),
                    r.cancelled(), r.scheduled()));
        }
        return new ReportTable(text("curriculum.teachers") + ", " + getReport().period().name(),
                "curriculum-teachers", columns("teacher", "audience", "subject", "held", "substitutions",
                "cancelled", "scheduled"), rows);
    }

    public String typeName(String type) {
        return type == null ? text("curriculum.type.none") : type;
    }

    private List<String> columns(String... keys) {
        List<String> columns = new ArrayList<>();
        for (String key : keys) {
            columns.add(text("curriculum.col." + key));
        }
        return columns;
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(String teacherId) {
        this.teacherId = teacherId;
    }

    public String getPeriodId() {
        return periodId;
    }

    public void setPeriodId(String periodId) {
        this.periodId = periodId;
    }
}
