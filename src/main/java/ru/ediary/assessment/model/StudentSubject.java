package ru.ediary.assessment.model;

/** One student in one subject: the unit a final grade is due for. */
public record StudentSubject(long studentId, long subjectId) {
}
