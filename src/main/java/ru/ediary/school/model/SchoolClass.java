package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Класс of one school year, e.g. «3Б» (grade 3). */
@Entity
@Table(name = "school_class")
public class SchoolClass extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_year_id", nullable = false)
    private SchoolYear schoolYear;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(nullable = false)
    private int grade;

    /** Which terms the class is assessed by: grades 10–11 are often by half-years. */
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    private PeriodKind periodKind;

    /** Классный руководитель. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_teacher_id")
    private Teacher classTeacher;

    public SchoolYear getSchoolYear() {
        return schoolYear;
    }

    /** Orders classes as schools list them: by grade, then by letter («2А», «2Б», «10А»). */
    public String sortKey() {
        return String.format("%02d %s", getGrade(), getName());
    }

    public String getName() {
        return name;
    }

    public int getGrade() {
        return grade;
    }

    public EducationLevel getLevel() {
        return EducationLevel.ofGrade(grade);
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public Teacher getClassTeacher() {
        return classTeacher;
    }

    public void define(SchoolYear schoolYear, String name, int grade, PeriodKind periodKind, Teacher classTeacher) {
        this.schoolYear = schoolYear;
        this.name = name;
        this.grade = grade;
        this.periodKind = periodKind;
        this.classTeacher = classTeacher;
    }
}
