package ru.ediary.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.interfaces.web.SignedIn;

/** Staff: the school's audit log, filtered by who, what, whose data and when; read-only. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditBrowser browser;

    @Inject
    SignedIn signedIn;

    private String actor;
    private String action;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private List<AuditBrowser.Line> lines;
    private List<String> actions;

    public void find() {
        lines = browser.find(signedIn.schoolId(), actor, action, subject, from, to);
    }

    public List<AuditBrowser.Line> getLines() {
        if (lines == null) {
            find();
        }
        return lines;
    }

    public int getShown() {
        return AuditBrowser.SHOWN;
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = browser.actions(signedIn.schoolId());
        }
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
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
}
