package ru.ediary.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.FinalGradeReport;
import ru.ediary.assessment.application.ReportingPeriodChoice;
import ru.ediary.assessment.application.FinalGradeReport.ClassLine;
import ru.ediary.assessment.application.FinalGradeReport.DeferralLine;
import ru.ediary.assessment.application.FinalGradeReport.GapLine;
import ru.ediary.assessment.model.FinalGradeRecords.ClassRow;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/**
 * Staff: «Итоговые оценки». For a period (and a class or all), the completeness of the final grades per class, the
 * gaps and the deferrals; the filter is in the address ({@code ?period=…&class=…}), and a period or class that is
 * not the school's — or no number at all — shows a message and nothing else. Each table exports to XLSX and CSV with
 * exactly the figures it shows.
 */
@Named
@ViewScoped
public class FinalGradesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    FinalGradeDesk desk;

    @Inject
    ReportExport export;

    @Inject
    SignedIn signedIn;

    private String periodParam;
    private String classParam;
    private Long periodId;
    private Long classId;
    private List<ReportingPeriodChoice> periodChoices;
    private List<ClassRow> classChoices;
    private FinalGradeReport report;

    /** Reads the filter from the address and the report it asks for (on the first request of the view). */
    public void load() {
        periodChoices = desk.periods(signedIn.schoolId());
        classChoices = List.of();
        report = null;
        try {
            periodId = periodParam == null || periodParam.isBlank() ? desk.defaultPeriod(periodChoices)
                    : number(periodParam, "finalGrades.period.unknown");
            classId = classParam == null || classParam.isBlank() ? null
                    : number(classParam, "finalGrades.class.unknown");
            if (periodId == null) {
                PageMessages.error("finalGrades.period.none");
                return;
            }
            classChoices = desk.classes(signedIn.schoolId(), periodId);
            report = desk.report(signedIn.schoolId(), periodId, classId);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
            classChoices = List.of();
            report = null;
        }
    }

    private static long number(String text, String refusal) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(refusal);
        }
    }

    /** Shows the chosen period and class: a GET of this page with the filter in its address. */
    public String show() {
        StringBuilder outcome = new StringBuilder("/admin/final-grades?faces-redirect=true");
        if (periodId != null) {
            outcome.append("&period=").append(periodId);
        }
        if (classId != null) {
            outcome.append("&class=").append(classId);
        }
        return outcome.toString();
    }

    // ------------------------------------------------------------------ the tables as exported

    ReportTable classTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (ClassLine c : report.classes()) {
            rows.add(List.of(c.className(), c.students(), c.due(), c.graded(), c.deferred(), c.gaps(),
                    completeness(c)));
        }
        return new ReportTable(text("finalGrades.classes.title") + ", " + report.periodName(),
                "final-grades-classes-" + report.periodId(),
                List.of(text("common.class"), text("finalGrades.col.students"), text("finalGrades.col.due"),
                        text("finalGrades.col.graded"), text("finalGrades.col.deferred"), text("finalGrades.col.gaps"),
                        text("finalGrades.col.completeness")), rows);
    }

    ReportTable gapTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (GapLine g : report.gaps()) {
            rows.add(Arrays.asList(g.studentName(), g.className(), g.subjectName(), kind(g), g.grade()));
        }
        return new ReportTable(text("finalGrades.gaps.title") + ", " + report.periodName(),
                "final-grades-gaps-" + report.periodId(),
                List.of(text("finalGrades.col.student"), text("common.class"), text("finalGrades.col.subject"),
                        text("finalGrades.col.kind"), text("finalGrades.col.grade")), rows);
    }

    ReportTable deferralTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (DeferralLine d : report.deferrals()) {
            rows.add(List.of(d.studentName(), d.className(), d.subjectName(), d.periodName(), d.reason(),
                    RUSSIAN.format(d.deadline()), state(d)));
        }
        return new ReportTable(text("finalGrades.deferrals.title") + ", " + report.periodName(),
                "final-grades-deferrals-" + report.periodId(),
                List.of(text("finalGrades.col.student"), text("common.class"), text("finalGrades.col.subject"),
                        text("finalGrades.col.period"), text("finalGrades.col.reason"),
                        text("finalGrades.col.deadline"), text("finalGrades.col.state")), rows);
    }

    public void exportClasses(String format) {
        send(report == null ? null : classTable(), format);
    }

    public void exportGaps(String format) {
        send(report == null ? null : gapTable(), format);
    }

    public void exportDeferrals(String format) {
        send(report == null ? null : deferralTable(), format);
    }

    private void send(ReportTable table, String format) {
        if (table == null) {
            PageMessages.error("finalGrades.nothing");
            return;
        }
        export.send(table, ReportExport.Format.valueOf(format));
    }

    // ------------------------------------------------------------------ labels the page and the files share

    /** «полные» or «пробелов: 3». */
    public String completeness(ClassLine c) {
        return c.isComplete() ? text("finalGrades.complete")
                : new MessageFormat(text("finalGrades.gapCount")).format(new Object[] {c.gaps()});
    }

    public String kind(GapLine g) {
        return text("finalGrades.gap." + g.kind().name());
    }

    /** «активна», «просрочена», «закрыта оценкой 12.01.2027». */
    public String state(DeferralLine d) {
        String state = text("finalGrades.state." + d.state().name());
        return d.gradedOn() == null ? state : state + " " + RUSSIAN.format(d.gradedOn());
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("ru.ediary.interfaces.web.messages", faces.getViewRoot().getLocale())
                .getString(key);
    }

    // ------------------------------------------------------------------ what the page reads

    public FinalGradeReport getReport() {
        return report;
    }

    /** The school's gaps in the shown classes, or -1 without a report. */
    public int getTotalGaps() {
        return report == null ? -1 : report.totalGaps();
    }

    public List<ReportingPeriodChoice> getPeriodChoices() {
        return periodChoices;
    }

    public List<ClassRow> getClassChoices() {
        return classChoices;
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

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public LocalDate getPeriodEnds() {
        return report == null ? null : report.periodEnds();
    }
}
