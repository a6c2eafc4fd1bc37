package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

/** Оценка: a value (or status), its weight from the work type, given on a lesson. */
@Entity
@Table(name = "mark")
public class Mark extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    /** The lesson's subject, kept on the mark so averages per subject need no join. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @Column(name = "mark_date", nullable = false)
    private LocalDate date;

    @Embedded
    private GradeValue value;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_type_id")
    private WorkType workType;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "teacher_comment", length = 500)
    private String comment;

    public Student getStudent() {
        return student;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Subject getSubject() {
        return subject;
    }

    public LocalDate getDate() {
        return date;
    }

    public GradeValue getValue() {
        return value;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public String getComment() {
        return comment;
    }

    public void define(Student student, Lesson lesson, LocalDate date, GradeValue value, WorkType workType,
                       BigDecimal weight, String comment) {
        this.student = student;
        this.lesson = lesson;
        this.subject = lesson.getSubject();
        this.date = date;
        this.value = value;
        this.workType = workType;
        this.weight = weight;
        this.comment = comment;
    }
}
