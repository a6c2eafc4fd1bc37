package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Группа (подгруппа) of a class for a subject, e.g. the English subgroups of «5А». */
@Entity
@Table(name = "study_group")
public class StudyGroup extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(nullable = false, length = 100)
    private String name;

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public void define(SchoolClass schoolClass, Subject subject, String name) {
        this.schoolClass = schoolClass;
        this.subject = subject;
        this.name = name;
    }
}
