package ru.ediary.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.assessment.model.AudienceKey;
import ru.ediary.assessment.model.CurriculumRecords;
import ru.ediary.assessment.model.LessonCount;
import ru.ediary.assessment.model.PlannedLessons;
import ru.ediary.journal.model.LessonStatus;

/**
 * The curriculum report's reads. Lessons are counted by the database (SQL GROUP BY over the lesson table, plain
 * SQL that Derby and PostgreSQL both run: no expression in GROUP BY, CASE only inside SUM), never loaded.
 */
@ApplicationScoped
public class JpaCurriculumRecords implements CurriculumRecords {

    private static final String GROUPING = "l.class_id, l.group_id, l.plan_id, l.subject_id, l.teacher_id,"
            + " l.lesson_type_id, l.status";

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public List<Period> periods(long schoolId) {
        List<Period> periods = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT p.id, p.name, p.startsOn, p.endsOn FROM AcademicPeriod p"
                        + " WHERE p.school.id = :school AND p.deleted = FALSE ORDER BY p.startsOn DESC, p.endsOn, p.id",
                Object[].class).setParameter("school", schoolId).getResultList()) {
            periods.add(new Period((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3]));
        }
        return periods;
    }

    @Override
    public List<PlannedLessons> planned(long schoolId, long periodId) {
        List<PlannedLessons> planned = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT i.class_id, i.group_id, i.plan_id, i.subject_id,"
                        + " SUM(i.planned_lessons) FROM curriculum_plan_item i"
                        + " WHERE i.school_id = ? AND i.period_id = ? AND i.deleted = FALSE"
                        + " GROUP BY i.class_id, i.group_id, i.plan_id, i.subject_id")
                .setParameter(1, schoolId).setParameter(2, periodId).getResultList()) {
            Object[] r = (Object[]) row;
            planned.add(new PlannedLessons(audience(r), number(r[3]), number(r[4])));
        }
        return planned;
    }

    @Override
    public List<LessonCount> lessons(long schoolId, LocalDate from, LocalDate to, LocalDate today) {
        Map<List<Object>, Long> substitutions = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT " + GROUPING + ", COUNT(DISTINCT l.id) FROM lesson l"
                        + " JOIN timetable_change c ON c.lesson_id = l.id"
                        + " WHERE l.school_id = ? AND l.deleted = FALSE AND l.lesson_date >= ? AND l.lesson_date <= ?"
                        + " AND c.kind = 'SUBSTITUTION' AND c.deleted = FALSE GROUP BY " + GROUPING)
                .setParameter(1, schoolId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList()) {
            Object[] r = (Object[]) row;
            substitutions.put(key(r), number(r[7]));
        }
        List<LessonCount> counts = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + GROUPING + ", COUNT(*),"
                        + " SUM(CASE WHEN l.lesson_date >= ? THEN 1 ELSE 0 END) FROM lesson l"
                        + " WHERE l.school_id = ? AND l.deleted = FALSE AND l.lesson_date >= ? AND l.lesson_date <= ?"
                        + " GROUP BY " + GROUPING)
                .setParameter(1, Date.valueOf(today)).setParameter(2, schoolId).setParameter(3, Date.valueOf(from))
                .setParameter(4, Date.valueOf(to)).getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new LessonCount(audience(r), number(r[3]), id(r[4]), id(r[5]),
                    LessonStatus.valueOf(((String) r[6]).trim()), number(r[7]), number(r[8]),
                    substitutions.getOrDefault(key(r), 0L)));
        }
        return counts;
    }

    @Override
    public List<Assignment> assignments(long schoolId) {
        List<Assignment> assignments = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT a.class_id, a.group_id, a.plan_id, a.subject_id, a.teacher_id"
                        + " FROM teaching_assignment a WHERE a.school_id = ? AND a.deleted = FALSE")
                .setParameter(1, schoolId).getResultList()) {
            Object[] r = (Object[]) row;
            assignments.add(new Assignment(audience(r), number(r[3]), number(r[4])));
        }
        return assignments;
    }

    @Override
    public Names names(long schoolId) {
        Map<Long, String> classes = new HashMap<>();
        for (Object[] r : rows("SELECT c.id, c.name FROM SchoolClass c WHERE c.school.id = :school"
                + " AND c.deleted = FALSE", schoolId)) {
            classes.put((Long) r[0], (String) r[1]);
        }
        Map<Long, String> groups = new HashMap<>();
        Map<Long, Long> groupClass = new HashMap<>();
        for (Object[] r : rows("SELECT g.id, g.name, g.schoolClass.id FROM StudyGroup g WHERE g.school.id = :school"
                + " AND g.deleted = FALSE",
                schoolId)) {
            groups.put((Long) r[0], (String) r[1]);
            groupClass.put((Long) r[0], (Long) r[2]);
        }
        Map<Long, String> plans = new HashMap<>();
        Map<Long, Long> planClass = new HashMap<>();
        for (Object[] r : rows("SELECT p.id, p.name, p.student.schoolClass.id FROM IndividualPlan p"
                + " WHERE p.school.id = :school AND p.deleted = FALSE", schoolId)) {
            plans.put((Long) r[0], (String) r[1]);
            planClass.put((Long) r[0], (Long) r[2]);
        }
        Map<Long, String> subjects = new HashMap<>();
        for (Object[] r : rows("SELECT s.id, s.name FROM Subject s WHERE s.school.id = :school"
                + " AND s.deleted = FALSE", schoolId)) {
            subjects.put((Long) r[0], (String) r[1]);
        }
        Map<Long, String> teachers = new HashMap<>();
        for (Object[] r : rows("SELECT t.id, t.name.lastName, t.name.firstName, t.name.middleName FROM Teacher t"
                + " WHERE t.school.id = :school AND t.deleted = FALSE", schoolId)) {
            teachers.put((Long) r[0], initials((String) r[1], (String) r[2], (String) r[3]));
        }
        Map<Long, String> types = new HashMap<>();
        for (Object[] r : rows("SELECT t.id, t.name FROM LessonType t WHERE t.school.id = :school"
                + " AND t.deleted = FALSE", schoolId)) {
            types.put((Long) r[0], (String) r[1]);
        }
        return new Names(classes, groups, groupClass, plans, planClass, subjects, teachers, types);
    }

    private List<Object[]> rows(String jpql, long schoolId) {
        return em.createQuery(jpql, Object[].class).setParameter("school", schoolId).getResultList();
    }

    /** «Петрова О. С.» */
    static String initials(String last, String first, String middle) {
        StringBuilder name = new StringBuilder(last);
        if (first != null && !first.isBlank()) {
            name.append(' ').append(first.charAt(0)).append('.');
        }
        if (middle != null && !middle.isBlank()) {
            name.append(' ').append(middle.charAt(0)).append('.');
        }
        return name.toString();
    }

    private static List<Object> key(Object[] r) {
        List<Object> key = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            key.add(r[i] instanceof Number n ? (Object) n.longValue() : r[i] instanceof String s ? s.trim() : r[i]);
        }
        return key;
    }

    private static AudienceKey audience(Object[] r) {
        return new AudienceKey(id(r[0]), id(r[1]), id(r[2]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
