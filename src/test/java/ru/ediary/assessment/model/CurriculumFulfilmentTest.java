package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ediary.journal.model.LessonStatus;

/**
 * A class, a group and an individual plan against their curriculum plan: every figure below is worked by hand from
 * the counts given (the same counts the database's GROUP BY returns).
 */
class CurriculumFulfilmentTest {

    private static final AudienceKey CLASS = new AudienceKey(1L, null, null);
    private static final AudienceKey GROUP = new AudienceKey(null, 2L, null);
    private static final AudienceKey PLAN = new AudienceKey(null, null, 3L);
    private static final long MATHS = 10;
    private static final long ENGLISH = 11;
    private static final long MUSIC = 12;
    private static final long ART = 13;
    private static final Long PETROVA = 100L;
    private static final Long IVANOVA = 101L;
    private static final Long SMITH = 102L;
    private static final Long NEW_MATERIAL = 7L;
    private static final Long CONTROL_WORK = 8L;

    private static LessonCount held(AudienceKey a, long subject, Long teacher, Long type, long n, long substitutions) {
        return new LessonCount(a, subject, teacher, type, LessonStatus.HELD, n, 0, substitutions);
    }

    private static CurriculumFulfilment.Result school() {
        List<PlannedLessons> plan = List.of(new PlannedLessons(CLASS, MATHS, 30), new PlannedLessons(CLASS, MATHS, 10),
                new PlannedLessons(GROUP, ENGLISH, 10), new PlannedLessons(PLAN, MUSIC, 5));
        List<LessonCount> lessons = List.of(
                held(CLASS, MATHS, PETROVA, NEW_MATERIAL, 20, 0),
                held(CLASS, MATHS, PETROVA, CONTROL_WORK, 3, 0),
                held(CLASS, MATHS, IVANOVA, NEW_MATERIAL, 2, 2), // Ivanova stood in for Petrova twice
                new LessonCount(CLASS, MATHS, PETROVA, NEW_MATERIAL, LessonStatus.CANCELLED, 1, 0, 0),
                new LessonCount(CLASS, MATHS, PETROVA, null, LessonStatus.PLANNED, 12, 10, 0), // 2 in the past
                held(GROUP, ENGLISH, SMITH, null, 12, 0),
                held(CLASS, ART, PETROVA, NEW_MATERIAL, 4, 0)); // art has no plan item
        return CurriculumFulfilment.of(plan, lessons);
    }

    @Test
    void eachPlannedSubjectIsSetAgainstItsLessonsWorstFirst() {
        CurriculumFulfilment.Result r = school();
        assertEquals(3, r.lines().size());
        // music: 5 planned, none held: deficit 5, 0.0 %; maths: deficit 5 too, but 62.5 %: music first
        CurriculumFulfilment.Line music = r.lines().get(0);
        assertEquals(MUSIC, music.subjectId());
        assertEquals(new PlanFulfilment(5, 0, 0, 0, 0), music.figures());
        assertEquals(5, music.figures().deficit());
        assertEquals(new BigDecimal("0.0"), music.figures().percent());

        CurriculumFulfilment.Line maths = r.lines().get(1);
        assertEquals(MATHS, maths.subjectId());
        // planned 30 + 10 = 40; held 20 + 3 + 2 = 25; cancelled 1; to come 10; unrecorded 12 − 10 = 2
        assertEquals(new PlanFulfilment(40, 25, 1, 10, 2), maths.figures());
        assertEquals(5, maths.figures().deficit()); // 40 − 25 − 10
        assertEquals(new BigDecimal("62.5"), maths.figures().percent());
        assertEquals(Map.of(PETROVA, 23L, IVANOVA, 2L), maths.heldByTeacher());

        CurriculumFulfilment.Line english = r.lines().get(2);
        assertEquals(new PlanFulfilment(10, 12, 0, 0, 0), english.figures());
        assertEquals(0, english.figures().deficit());
        assertEquals(2, english.figures().surplus());
        assertEquals(new BigDecimal("120.0"), english.figures().percent());
    }

    @Test
    void totalsAddUpAndDeficitsAreNotNettedAgainstSurpluses() {
        CurriculumFulfilment.Result r = school();
        // planned 40 + 10 + 5 = 55; held 25 + 12 + 0 = 37 (art's 4 are not planned); 37 / 55 = 67.27 → 67.3 %
        assertEquals(new PlanFulfilment(55, 37, 1, 10, 2), r.total());
        assertEquals(new BigDecimal("67.3"), r.total().percent());
        assertEquals(10, r.deficit()); // 5 + 5 + 0, not 55 − 37 − 10 = 8
        assertEquals(2, r.surplus());
    }

    @Test
    void anomaliesAreListedNotThrown() {
        CurriculumFulfilment.Result r = school();
        assertEquals(1, r.unplanned().size());
        CurriculumFulfilment.Line art = r.unplanned().get(0);
        assertEquals(ART, art.subjectId());
        assertEquals(4, art.figures().held());
        assertEquals(0, art.figures().planned());
        assertEquals(1, r.withoutLessons().size());
        assertEquals(MUSIC, r.withoutLessons().get(0).subjectId());
    }

    @Test
    void lessonTypesShareTheHeldLessonsOfTheWholeSelection() {
        CurriculumFulfilment.Result r = school();
        // held in all: 20 + 3 + 2 + 12 + 4 = 41 (art's lessons were held, plan or not)
        assertEquals(41, r.heldInAll());
        assertEquals(List.of(
                new CurriculumFulfilment.TypeLine(NEW_MATERIAL, 26, new BigDecimal("63.4")), // 26 / 41
                new CurriculumFulfilment.TypeLine(null, 12, new BigDecimal("29.3")), // 12 / 41 = 29.27
                new CurriculumFulfilment.TypeLine(CONTROL_WORK, 3, new BigDecimal("7.3"))), r.types());
    }

    @Test
    void aSubstitutionCountsForTheTeacherWhoHeldTheLesson() {
        CurriculumFulfilment.Result r = school();
        assertEquals(List.of(
                new CurriculumFulfilment.TeacherLine(PETROVA, CLASS, MATHS, 23, 0, 1, 10),
                new CurriculumFulfilment.TeacherLine(IVANOVA, CLASS, MATHS, 2, 2, 0, 0),
                new CurriculumFulfilment.TeacherLine(SMITH, GROUP, ENGLISH, 12, 0, 0, 0),
                new CurriculumFulfilment.TeacherLine(PETROVA, CLASS, ART, 4, 0, 0, 0)), r.teachers());
    }

    @Test
    void nothingAtAllIsAnEmptyReport() {
        CurriculumFulfilment.Result r = CurriculumFulfilment.of(List.of(), List.of());
        assertEquals(0, r.lines().size());
        assertEquals(new PlanFulfilment(0, 0, 0, 0, 0), r.total());
        assertEquals(null, r.total().percent());
    }
}
