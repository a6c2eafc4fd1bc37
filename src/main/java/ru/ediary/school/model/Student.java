package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Обучающийся. */
@Entity
@Table(name = "student")
public class Student extends SchoolRecord {

    @Embedded
    private PersonName name;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private SchoolClass schoolClass;

    public PersonName getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public void define(PersonName name, LocalDate birthDate, SchoolClass schoolClass) {
        this.name = name;
        this.birthDate = birthDate;
        this.schoolClass = schoolClass;
    }
}
