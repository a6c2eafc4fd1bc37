package ru.ediary.journal.model;

/** A lesson in the journal is planned (in the future), held, or cancelled. */
public enum LessonStatus {
    PLANNED, HELD, CANCELLED
}
