package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Учитель (педагогический работник). */
@Entity
@Table(name = "teacher")
public class Teacher extends SchoolRecord {

    @Embedded
    private PersonName name;

    /** Должность, e.g. «учитель начальных классов». */
    @Column(length = 120)
    private String position;

    public PersonName getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public void define(PersonName name, String position) {
        this.name = name;
        this.position = position;
    }
}
