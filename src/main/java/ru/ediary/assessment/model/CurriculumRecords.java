package ru.ediary.assessment.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the curriculum fulfilment report reads from the school's records: counts grouped in the database, and names. */
public interface CurriculumRecords {

    /** A reporting period of the school. */
    record Period(long id, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A teacher assigned to teach a subject to an audience. */
    record Assignment(AudienceKey audience, long subjectId, long teacherId) {
    }

    /**
     * The school's names by id: classes; groups and individual plans with their name and owning class; subjects;
     * teachers (with initials); lesson types.
     */
    record Names(Map<Long, String> classes, Map<Long, String> groups, Map<Long, Long> groupClass,
                 Map<Long, String> plans, Map<Long, Long> planClass, Map<Long, String> subjects,
                 Map<Long, String> teachers, Map<Long, String> lessonTypes) {
    }

    /** The school's reporting periods, latest start first. */
    List<Period> periods(long schoolId);

    /** The plan items of a period, one row per audience and subject (summed). */
    List<PlannedLessons> planned(long schoolId, long periodId);

    /** The lessons dated within [from, to], grouped; {@code today} splits planned lessons into past and to come. */
    List<LessonCount> lessons(long schoolId, LocalDate from, LocalDate to, LocalDate today);

    List<Assignment> assignments(long schoolId);

    Names names(long schoolId);
}
