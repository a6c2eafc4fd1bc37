package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;

/** A guardian–student link: who may see and receive a child's school life. */
@Entity
@Table(name = "guardian_link")
public class GuardianLink extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false)
    private Guardian guardian;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Relation relation;

    /** The document the link rests on (свидетельство о рождении, решение об опеке …). */
    @Column(name = "basis_document", length = 300)
    private String basisDocument;

    public Guardian getGuardian() {
        return guardian;
    }

    public Student getStudent() {
        return student;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public void define(Guardian guardian, Student student, Relation relation, String basisDocument) {
        this.guardian = guardian;
        this.student = student;
        this.relation = relation;
        this.basisDocument = basisDocument;
    }
}
