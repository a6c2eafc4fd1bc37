package ru.ediary.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.family.application.PaperList;
import ru.ediary.interfaces.web.SignedIn;

/** Staff: the guardians who receive paper extracts, per class, printable. */
@Named
@ViewScoped
public class PaperListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperList paperList;

    @Inject
    GuardianRoster roster;

    @Inject
    SignedIn signedIn;

    private Long classId;
    private List<PaperList.ClassList> classes;
    private List<GuardianRoster.Choice> classChoices;

    public void show() {
        classes = paperList.of(signedIn.schoolId(), classId);
    }

    public List<PaperList.ClassList> getClasses() {
        if (classes == null) {
            show();
        }
        return classes;
    }

    public int getCount() {
        return getClasses().stream().mapToInt(c -> c.lines().size()).sum();
    }

    public List<GuardianRoster.Choice> getClassChoices() {
        if (classChoices == null) {
            classChoices = roster.classes(signedIn.schoolId());
        }
        return classChoices;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
