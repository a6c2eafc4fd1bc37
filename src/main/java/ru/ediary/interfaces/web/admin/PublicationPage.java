package ru.ediary.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.PublicationDesk;
import ru.ediary.assessment.application.PublicationReport;
import ru.ediary.assessment.application.PublicationReport.Line;
import ru.ediary.assessment.application.ReportingPeriodChoice;
import ru.ediary.assessment.model.PublicationState;
import ru.ediary.interfaces.web.Messages;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;
import ru.ediary.platform.SchoolTime;

/**
 * Staff: «Публикация результатов», the 3-day rule for a period: how many final grades and exam results were
 * visible on time, late, are at risk or overdue, and every one needing attention with its cause; the school's choice
 * of calendar or working days. The period is in the address ({@code ?period=…}); tables export to XLSX and CSV.
 */
@Named
@ViewScoped
public class PublicationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(SchoolTime.ZONE);

    @Inject
    FinalGradeDesk periods;

    @Inject
    PublicationDesk desk;

    @Inject
    ReportExport export;

    @Inject
    SignedIn signedIn;

    private String periodParam;
    private Long periodId;
    private List<ReportingPeriodChoice> periodChoices;
    private PublicationReport report;
    private boolean workingDays;

    public void load() {
        periodChoices = periods.periods(signedIn.schoolId());
        report = null;
        try {
            periodId = periodParam == null || periodParam.isBlank() ? periods.defaultPeriod(periodChoices)
                    : number(periodParam);
            if (periodId == null) {
                PageMessages.error("finalGrades.period.none");
                return;
            }
            report = desk.report(signedIn.schoolId(), periodId);
            workingDays = report.workingDays();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
            report = null;
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Refusal("finalGrades.period.unknown");
        }
    }

    public String show() {
        return "/admin/publication?faces-redirect=true" + (periodId == null ? "" : "&period=" + periodId);
    }

    /** Saves the school's choice of calendar or working days and shows the period again under it. */
    public String saveDeadlineRule() {
        desk.countInWorkingDays(signedIn.schoolId(), workingDays, signedIn.getLogin(), signedIn.remoteAddress());
        PageMessages.done("publication.rule.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return show();
    }

    // ------------------------------------------------------------------ the tables as exported

    ReportTable countTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (PublicationState state : PublicationState.values()) {
            rows.add(List.of(state(state), report.counts().get(state)));
        }
        rows.add(List.of(text("publication.total"), report.total()));
        return new ReportTable(text("publication.counts.title") + ", " + report.periodName(),
                "publication-counts-" + report.periodId(),
                List.of(text("publication.col.state"), text("publication.col.count")), rows);
    }

    ReportTable lineTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : report.lines()) {
            rows.add(Arrays.asList(what(l), l.studentName(), l.className(), l.subjectName(), day(l.resultDate()),
                    day(l.deadline()), moment(l.firstImportedAt()), moment(l.visibleAt()), verdict(l), cause(l)));
        }
        return new ReportTable(text("publication.lines.title") + ", " + report.periodName(),
                "publication-items-" + report.periodId(),
                List.of(text("publication.col.result"), text("finalGrades.col.student"), text("common.class"),
                        text("finalGrades.col.subject"), text("publication.col.resultDate"),
                        text("publication.col.deadline"), text("publication.col.arrived"),
                        text("publication.col.visible"), text("publication.col.state"),
                        text("publication.col.cause")), rows);
    }

    public void exportCounts(String format) {
        send(report == null ? null : countTable(), format);
    }

    public void exportLines(String format) {
        send(report == null ? null : lineTable(), format);
    }

    private void send(ReportTable table, String format) {
        if (table == null) {
            PageMessages.error("finalGrades.nothing");
            return;
        }
        export.send(table, ReportExport.Format.valueOf(format));
    }

    // ------------------------------------------------------------------ labels the page and the files share

    public String state(PublicationState state) {
        return text("publication.state." + state.name());
    }

    /** «опоздание на 2 дн.», «под угрозой», «просрочено на 5 дн.». */
    public String verdict(Line l) {
        return switch (l.state()) {
            case LATE, OVERDUE -> new MessageFormat(text("publication.verdict." + l.state().name()))
                    .format(new Object[] {l.daysLate()});
            default -> state(l.state());
        };
    }

    public String cause(Line l) {
        if (l.cause() == null) {
            return "";
        }
        String cause = text("publication.cause." + l.cause().name());
        return l.heldBackNow() && l.visibleAt() == null ? cause + " " + text("publication.cause.noAccountNow")
                : cause;
    }

    public String what(Line l) {
        return text("publication.kind." + l.kind().name()) + " " + l.what();
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance(), key);
    }

    // ------------------------------------------------------------------ what the page reads

    public PublicationReport getReport() {
        return report;
    }

    public List<PublicationState> getStates() {
        return List.of(PublicationState.values());
    }

    public List<ReportingPeriodChoice> getPeriodChoices() {
        return periodChoices;
    }

    public String getPeriodParam() {
        return periodParam;
    }

    public void setPeriodParam(String periodParam) {
        this.periodParam = periodParam;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public boolean isWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(boolean workingDays) {
        this.workingDays = workingDays;
    }
}
