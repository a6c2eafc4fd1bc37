package ru.ediary.school.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A student's membership in a study group; the journal sends it as a record of its own. */
@Entity
@Table(name = "study_group_member")
public class StudyGroupMember extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private StudyGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    public StudyGroup getGroup() {
        return group;
    }

    public Student getStudent() {
        return student;
    }

    public void define(StudyGroup group, Student student) {
        this.group = group;
        this.student = student;
    }
}
