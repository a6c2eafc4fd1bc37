package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reporting period of a school year; terms nest inside the year (parent). */
@Entity
@Table(name = "academic_period")
public class AcademicPeriod extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_year_id", nullable = false)
    private SchoolYear schoolYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AcademicPeriod parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodKind kind;

    /** 1 for «1 четверть», «1 полугодие»; 1 for the year itself. */
    @Column(name = "ordinal_no", nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    public SchoolYear getSchoolYear() {
        return schoolYear;
    }

    public AcademicPeriod getParent() {
        return parent;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public boolean isFinishedOn(LocalDate date) {
        return endsOn.isBefore(date);
    }

    public void define(SchoolYear schoolYear, AcademicPeriod parent, PeriodKind kind, int ordinal, String name,
                       LocalDate startsOn, LocalDate endsOn) {
        this.schoolYear = schoolYear;
        this.parent = parent;
        this.kind = kind;
        this.ordinal = ordinal;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
