package ru.ediary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

/** Отсрочка итоговой аттестации (e.g. by illness): stands in for the final grade until its deadline. */
@Entity
@Table(name = "deferral")
public class Deferral extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AcademicPeriod period;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(nullable = false)
    private LocalDate deadline;

    public Student getStudent() {
        return student;
    }

    public Subject getSubject() {
        return subject;
    }

    public AcademicPeriod getPeriod() {
        return period;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    /** Past its deadline a deferral no longer covers the missing grade: it is a gap again. */
    public boolean isActiveOn(LocalDate date) {
        return !isDeleted() && !deadline.isBefore(date);
    }

    public void define(Student student, Subject subject, AcademicPeriod period, String reason, LocalDate deadline) {
        this.student = student;
        this.subject = subject;
        this.period = period;
        this.reason = reason;
        this.deadline = deadline;
    }
}
