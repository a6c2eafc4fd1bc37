package ru.ediary.family.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.ediary.school.model.PersonName;
import ru.ediary.school.model.SchoolRecord;

/** Родитель (законный представитель) of one or more students of the school. */
@Entity
@Table(name = "guardian")
public class Guardian extends SchoolRecord {

    @Embedded
    private PersonName name;

    public PersonName getName() {
        return name;
    }

    public void define(PersonName name) {
        this.name = name;
    }
}
