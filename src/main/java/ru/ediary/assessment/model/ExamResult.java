package ru.ediary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

/** Результат экзамена (конкурсного испытания, промежуточной аттестации, ВПР, ОГЭ, ЕГЭ). */
@Entity
@Table(name = "exam_result")
public class ExamResult extends PublishedResult {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @Column(name = "exam_name", nullable = false, length = 200)
    private String examName;

    @Column(name = "exam_date", nullable = false)
    private LocalDate examDate;

    /** Primary or test score, where the exam has one. */
    @Column
    private Integer score;

    /** The mark 2–5 the score converts to, where the exam has one. */
    @Column(name = "exam_mark")
    private Integer mark;


    public Student getStudent() {
        return student;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getExamName() {
        return examName;
    }

    public LocalDate getExamDate() {
        return examDate;
    }

    public Integer getScore() {
        return score;
    }

    public Integer getMark() {
        return mark;
    }

    public void define(Student student, Subject subject, String examName, LocalDate examDate, Integer score,
                       Integer mark, LocalDate resultDate) {
        this.student = student;
        this.subject = subject;
        this.examName = examName;
        this.examDate = examDate;
        this.score = score;
        this.mark = mark;
        dated(resultDate);
    }
}
