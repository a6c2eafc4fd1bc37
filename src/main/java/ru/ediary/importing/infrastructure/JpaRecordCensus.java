package ru.ediary.importing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.ediary.importing.model.RecordCensus;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;

@ApplicationScoped
public class JpaRecordCensus implements RecordCensus {

    /** How each kind reaches its class (for the class filter). */
    private static final Map<RecordKind, String> CLASS_PATH = Map.ofEntries(
            Map.entry(RecordKind.SCHOOL_CLASS, "r"),
            Map.entry(RecordKind.STUDENT, "r.schoolClass"),
            Map.entry(RecordKind.STUDY_GROUP, "r.schoolClass"),
            Map.entry(RecordKind.INDIVIDUAL_PLAN, "r.student.schoolClass"),
            Map.entry(RecordKind.STUDY_GROUP_MEMBER, "r.student.schoolClass"),
            Map.entry(RecordKind.MARK, "r.student.schoolClass"),
            Map.entry(RecordKind.ATTENDANCE, "r.student.schoolClass"),
            Map.entry(RecordKind.RECOMMENDATION, "r.student.schoolClass"),
            Map.entry(RecordKind.FINAL_GRADE, "r.student.schoolClass"),
            Map.entry(RecordKind.DEFERRAL, "r.student.schoolClass"),
            Map.entry(RecordKind.EXAM_RESULT, "r.student.schoolClass"),
            Map.entry(RecordKind.GUARDIAN_LINK, "r.student.schoolClass"));

    /** Kinds taught to an audience: a class directly, or through a group of the class or a plan of its student. */
    private static final Set<RecordKind> AUDIENCE_KINDS = Set.of(RecordKind.LESSON, RecordKind.TIMETABLE_ENTRY,
            RecordKind.TEACHING_ASSIGNMENT, RecordKind.CURRICULUM_PLAN, RecordKind.CONTROL_WORK);
    private static final String AUDIENCE_JOINS = " LEFT JOIN r.audience.studyGroup g"
            + " LEFT JOIN r.audience.individualPlan p LEFT JOIN p.student ps";
    private static final String AUDIENCE_OF_CLASS = "(r.audience.schoolClass = :schoolClass"
            + " OR g.schoolClass = :schoolClass OR ps.schoolClass = :schoolClass)";

    /** How each kind reaches its period: directly, or by a date inside the period. */
    private static final Map<RecordKind, String> PERIOD_PATH = Map.of(
            RecordKind.CURRICULUM_PLAN, "r.period",
            RecordKind.CONTROL_WORK, "r.period",
            RecordKind.FINAL_GRADE, "r.period",
            RecordKind.DEFERRAL, "r.period");

    private static final Map<RecordKind, String> DATE_PATH = Map.of(
            RecordKind.LESSON, "r.date",
            RecordKind.MARK, "r.date",
            RecordKind.ATTENDANCE, "r.lesson.date",
            RecordKind.HOMEWORK, "r.lesson.date",
            RecordKind.RECOMMENDATION, "r.givenOn",
            RecordKind.TIMETABLE_CHANGE, "r.lesson.date",
            RecordKind.EXAM_RESULT, "r.examDate");

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<List<Entry>> active(School school, RecordKind kind, AcademicPeriod period,
                                        SchoolClass schoolClass) {
        boolean byAudience = schoolClass != null && AUDIENCE_KINDS.contains(kind);
        StringBuilder jpql = new StringBuilder("SELECT r.sourcedId, r.sourceVersion FROM "
                + kind.entityType().getSimpleName() + " r" + (byAudience ? AUDIENCE_JOINS : "")
                + " WHERE r.school = :school AND r.deleted = FALSE");
        if (byAudience) {
            jpql.append(" AND ").append(AUDIENCE_OF_CLASS);
        } else if (schoolClass != null) {
            if (!CLASS_PATH.containsKey(kind)) {
                return Optional.empty();
            }
            jpql.append(" AND ").append(CLASS_PATH.get(kind)).append(" = :schoolClass");
        }
        if (period != null) {
            if (PERIOD_PATH.containsKey(kind)) {
                jpql.append(" AND ").append(PERIOD_PATH.get(kind)).append(" = :period");
            } else if (DATE_PATH.containsKey(kind)) {
                jpql.append(" AND ").append(DATE_PATH.get(kind)).append(" BETWEEN :from AND :to");
            } else {
                return Optional.empty();
            }
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("school", school);
        if (schoolClass != null) {
            query.setParameter("schoolClass", schoolClass);
        }
        if (period != null) {
            if (PERIOD_PATH.containsKey(kind)) {
                query.setParameter("period", period);
            } else {
                query.setParameter("from", period.getStartsOn()).setParameter("to", period.getEndsOn());
            }
        }
        return Optional.of(query.getResultList().stream()
                .map(row -> new Entry((String) row[0], ((Number) row[1]).longValue())).toList());
    }
}
