package ru.ediary.school.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Учитель ведёт предмет у класса, группы или по индивидуальному плану. */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id", nullable = false)
    private Teacher teacher;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @Embedded
    private Audience audience;

    public Teacher getTeacher() {
        return teacher;
    }

    public Subject getSubject() {
        return subject;
    }

    public Audience getAudience() {
        return audience;
    }

    public void define(Teacher teacher, Subject subject, Audience audience) {
        this.teacher = teacher;
        this.subject = subject;
        this.audience = audience;
    }
}
