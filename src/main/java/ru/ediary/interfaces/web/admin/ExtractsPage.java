package ru.ediary.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import ru.ediary.delivery.application.ExtractRequest;
import ru.ediary.delivery.application.IssuedExtracts;
import ru.ediary.delivery.application.PaperExtracts;
import ru.ediary.delivery.model.RegisterLine;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.diary.application.StudentCard;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.interfaces.web.SiteAddress;
import ru.ediary.platform.Refusal;

/**
 * Staff: «Выписки». Prints a class's extracts (the paper list's children, or everyone) or one child's, for a
 * reporting period or a range of days, and lists the register; the printed file is fetched from
 * {@link ExtractFileServlet}, so a download is always a re-print of what the register holds.
 */
@Named
@ViewScoped
public class ExtractsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperExtracts extracts;

    @Inject
    GuardianRoster roster;

    @Inject
    SignedIn signedIn;

    private Long classId;
    private Long studentId;
    private Long periodId;
    private LocalDate from;
    private LocalDate to;
    private boolean everyone;
    private List<Long> issuedIds;
    private List<String> issuedNumbers;
    private List<GuardianRoster.Choice> classChoices;
    private List<RegisterLine> register;

    /** Prints the chosen class: one file, every child from an odd page. */
    public void printClass() {
        if (classId == null) {
            PageMessages.error("extract.class.missing");
            return;
        }
        issue(() -> extracts.forClass(signedIn.schoolId(), classId, everyone, request()));
    }

    /** Prints the chosen child's extract. */
    public void printStudent() {
        if (studentId == null) {
            PageMessages.error("extract.student.missing");
            return;
        }
        issue(() -> extracts.forStudent(signedIn.schoolId(), studentId, request()));
    }

    private void issue(java.util.function.Supplier<IssuedExtracts> printing) {
        issuedIds = null;
        issuedNumbers = null;
        try {
            IssuedExtracts issued = printing.get();
            issuedIds = issued.ids();
            issuedNumbers = issued.numbers();
            register = null;
            PageMessages.done("extract.issued", issued.numbers().size(), issued.numbers().get(0),
                    issued.numbers().get(issued.numbers().size() - 1));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    private ExtractRequest request() {
        HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return new ExtractRequest(periodId, from, to, signedIn.getLogin(), signedIn.remoteAddress(),
                SiteAddress.of(http));
    }

    /** The file of what was just printed, «extracts/file?ids=…» relative to /admin. */
    public String getDownload() {
        return issuedIds == null ? null
                : "extracts/file?ids=" + issuedIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public List<String> getIssuedNumbers() {
        return issuedNumbers;
    }

    public List<RegisterLine> getRegister() {
        if (register == null) {
            register = extracts.register(signedIn.schoolId());
        }
        return register;
    }

    public List<GuardianRoster.Choice> getClassChoices() {
        if (classChoices == null) {
            classChoices = roster.classes(signedIn.schoolId());
        }
        return classChoices;
    }

    public List<StudentCard> getStudentChoices() {
        return classId == null ? List.of() : extracts.students(signedIn.schoolId(), classId);
    }

    public List<PeriodChoice> getPeriodChoices() {
        return classId == null ? List.of() : extracts.periodsOfClass(signedIn.schoolId(), classId);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isEveryone() {
        return everyone;
    }

    public void setEveryone(boolean everyone) {
        this.everyone = everyone;
    }
}
