package ru.ediary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.journal.model.GradeValue;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

/** Итоговая оценка (четвертная, полугодовая, годовая) of a student in a subject for a period. */
@Entity
@Table(name = "final_grade")
public class FinalGrade extends PublishedResult {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AcademicPeriod period;

    @Embedded
    private GradeValue value;

    public Student getStudent() {
        return student;
    }

    public Subject getSubject() {
        return subject;
    }

    public AcademicPeriod getPeriod() {
        return period;
    }

    public GradeValue getValue() {
        return value;
    }

    public void define(Student student, Subject subject, AcademicPeriod period, GradeValue value, LocalDate resultDate) {
        this.student = student;
        this.subject = subject;
        this.period = period;
        this.value = value;
        dated(resultDate);
    }
}
