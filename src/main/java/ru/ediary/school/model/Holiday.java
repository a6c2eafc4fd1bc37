package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Каникулы; some apply to one grade only (the extra February holidays of first-graders). */
@Entity
@Table(name = "holiday")
public class Holiday extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_year_id", nullable = false)
    private SchoolYear schoolYear;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** Null: for every grade. */
    @Column(name = "only_grade")
    private Integer onlyGrade;

    public SchoolYear getSchoolYear() {
        return schoolYear;
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

    public Integer getOnlyGrade() {
        return onlyGrade;
    }

    public boolean covers(LocalDate date, int grade) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn) && (onlyGrade == null || onlyGrade == grade);
    }

    public void define(SchoolYear schoolYear, String name, LocalDate startsOn, LocalDate endsOn, Integer onlyGrade) {
        this.schoolYear = schoolYear;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.onlyGrade = onlyGrade;
    }
}
