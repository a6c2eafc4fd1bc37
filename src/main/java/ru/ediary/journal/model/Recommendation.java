package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;

/** Рекомендация (комментарий) учителя for one student and their parents. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id", nullable = false)
    private Teacher teacher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "recommendation_text", nullable = false, length = 4000)
    private String text;

    public Student getStudent() {
        return student;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    public Subject getSubject() {
        return subject;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getText() {
        return text;
    }

    public void define(Student student, Teacher teacher, Subject subject, LocalDate givenOn, String text) {
        this.student = student;
        this.teacher = teacher;
        this.subject = subject;
        this.givenOn = givenOn;
        this.text = text;
    }
}
