package ru.ediary.assessment.model;

/** The curriculum plan's number of lessons of a subject for an audience in a period (summed over its items). */
public record PlannedLessons(AudienceKey audience, long subjectId, long planned) {
}
