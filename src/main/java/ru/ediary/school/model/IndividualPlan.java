package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Индивидуальный учебный план of one student (e.g. home schooling on medical grounds). */
@Entity
@Table(name = "individual_plan")
public class IndividualPlan extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Column(nullable = false, length = 200)
    private String name;

    /** Основание: the order or medical document it rests on. */
    @Column(length = 300)
    private String basis;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    public Student getStudent() {
        return student;
    }

    public String getName() {
        return name;
    }

    public String getBasis() {
        return basis;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void define(Student student, String name, String basis, LocalDate validFrom, LocalDate validTo) {
        this.student = student;
        this.name = name;
        this.basis = basis;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }
}
