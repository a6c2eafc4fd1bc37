package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.school.model.SchoolRecord;

/** Домашнее задание: given on a lesson, due on a date. */
@Entity
@Table(name = "homework")
public class Homework extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assignment_text", nullable = false, length = 4000)
    private String text;

    public Lesson getLesson() {
        return lesson;
    }

    public LocalDate getGivenOn() {
        return lesson.getDate();
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getText() {
        return text;
    }

    public void define(Lesson lesson, LocalDate dueOn, String text) {
        this.lesson = lesson;
        this.dueOn = dueOn;
        this.text = text;
    }
}
