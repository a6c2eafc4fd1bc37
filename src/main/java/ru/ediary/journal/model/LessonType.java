package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.ediary.school.model.SchoolRecord;

/** Тип урока from the school's catalog: новый материал, практикум, контрольная работа, лабораторная … */
@Entity
@Table(name = "lesson_type")
public class LessonType extends SchoolRecord {

    @Column(nullable = false, length = 120)
    private String name;

    /** Whether lessons of this type are control works (counted as such in the statistics). */
    @Column(name = "control_work", nullable = false)
    private boolean controlWork;

    public String getName() {
        return name;
    }

    public boolean isControlWork() {
        return controlWork;
    }

    public void define(String name, boolean controlWork) {
        this.name = name;
        this.controlWork = controlWork;
    }
}
