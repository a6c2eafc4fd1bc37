package ru.ediary.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.family.model.Relation;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/** Staff: find guardians of the school by name, class or child, and add one from an application. */
@Named
@ViewScoped
public class GuardiansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuardianRoster roster;

    @Inject
    SignedIn signedIn;

    private String name;
    private Long classId;
    private List<GuardianRoster.Found> found;
    private List<GuardianRoster.Choice> classes;
    private List<GuardianRoster.Choice> students;

    private String lastName;
    private String firstName;
    private String middleName;
    private Long studentId;
    private Relation relation;
    private String basisDocument;

    public void search() {
        found = roster.search(signedIn.schoolId(), name, classId);
    }

    public String create() {
        try {
            long id = roster.create(signedIn.schoolId(), lastName, firstName, middleName,
                    studentId == null ? -1 : studentId, relation, basisDocument, signedIn.getLogin(),
                    signedIn.remoteAddress());
            return "/admin/guardian.xhtml?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public List<GuardianRoster.Found> getFound() {
        return found;
    }

    public List<GuardianRoster.Choice> getClasses() {
        if (classes == null) {
            classes = roster.classes(signedIn.schoolId());
        }
        return classes;
    }

    public List<GuardianRoster.Choice> getStudents() {
        if (students == null) {
            students = roster.students(signedIn.schoolId());
        }
        return students;
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public void setBasisDocument(String basisDocument) {
        this.basisDocument = basisDocument;
    }
}
