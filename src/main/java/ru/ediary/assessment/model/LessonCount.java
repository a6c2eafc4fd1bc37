package ru.ediary.assessment.model;

import ru.ediary.journal.model.LessonStatus;

/**
 * One group of a period's lessons as the database counts them (GROUP BY audience, subject, teacher, lesson type and
 * status): how many, how many of them dated today or later, and how many were substitutions. The teacher is the one
 * the lesson names, i.e. the one who held it (a substitute's lesson names the substitute).
 */
public record LessonCount(AudienceKey audience, long subjectId, Long teacherId, Long lessonTypeId,
                          LessonStatus status, long lessons, long fromToday, long substitutions) {
}
