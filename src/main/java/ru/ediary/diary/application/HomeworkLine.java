package ru.ediary.diary.application;

import java.time.LocalDate;

/** Домашнее задание: what to do, for which subject, given when, due when. */
public record HomeworkLine(String subject, String text, LocalDate givenOn, LocalDate dueOn) {

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
