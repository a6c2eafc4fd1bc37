package ru.ediary.diary.application;

import java.time.LocalDate;

/** Рекомендация учителя. */
public record RecommendationLine(LocalDate givenOn, String teacher, String subject, String text) {

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }
}
