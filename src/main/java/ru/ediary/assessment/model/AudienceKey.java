package ru.ediary.assessment.model;

/**
 * Whom a lesson or a curriculum plan item is for, by id: exactly one of a class, a study group or an individual
 * plan (the {@code Audience} embeddable's three columns), so that figures can be grouped without loading entities.
 */
public record AudienceKey(Long classId, Long groupId, Long planId) {
}
