package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Учебный предмет, e.g. «Русский язык». */
@Entity
@Table(name = "subject")
public class Subject extends SchoolRecord {

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "short_name", length = 40)
    private String shortName;

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName == null ? name : shortName;
    }

    public void define(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }
}
