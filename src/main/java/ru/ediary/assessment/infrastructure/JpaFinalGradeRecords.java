package ru.ediary.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import ru.ediary.assessment.model.FinalGradeRecords;
import ru.ediary.journal.model.MarkStatus;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.PeriodKind;

/**
 * Set queries over ids and labels: three for who is taught what (class, group member, individual plan), one for the
 * grades, one for the deferrals, each a single join without subqueries (EclipseLink writes a boolean inside EXISTS
 * as 0, which Derby refuses), so a 1,000-student school answers in a few tens of thousands of short rows.
 */
@ApplicationScoped
public class JpaFinalGradeRecords implements FinalGradeRecords {

    /** A curriculum plan item (alias i, its period ip) teaching in the period's dates, of the class c's kind. */
    private static final String ITEM_IN_PERIOD = " i.school.id = :school AND i.deleted = FALSE AND s.deleted = FALSE"
            + " AND c.deleted = FALSE AND ip.startsOn <= :ends AND ip.endsOn >= :starts AND c.schoolYear.id = :year"
            + " AND c.periodKind IN :kinds";

    private static final String COLUMNS = "SELECT s.id, s.name.lastName, s.name.firstName, c.id, c.name,"
            + " sub.id, sub.name";

    /** A year's plan items are its terms': one row per student and subject however many terms teach it. */
    private static final String TAUGHT_COLUMNS = "SELECT DISTINCT" + COLUMNS.substring("SELECT".length());

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<AcademicPeriod> period(long schoolId, long periodId) {
        return em.createQuery("SELECT p FROM AcademicPeriod p JOIN FETCH p.schoolYear WHERE p.id = :id"
                        + " AND p.school.id = :school AND p.deleted = FALSE", AcademicPeriod.class)
                .setParameter("id", periodId).setParameter("school", schoolId).getResultStream().findFirst();
    }

    @Override
    public List<AcademicPeriod> startedPeriods(long schoolId, LocalDate today) {
        return em.createQuery("SELECT p FROM AcademicPeriod p JOIN FETCH p.schoolYear WHERE p.school.id = :school"
                        + " AND p.deleted = FALSE AND p.startsOn <= :today ORDER BY p.endsOn DESC, p.startsOn DESC,"
                        + " p.id", AcademicPeriod.class)
                .setParameter("school", schoolId).setParameter("today", today).getResultList();
    }

    @Override
    public List<ClassRow> classes(long schoolId, AcademicPeriod period) {
        return em.createQuery("SELECT c.id, c.name, c.periodKind, c.schoolYear.id FROM SchoolClass c"
                        + " WHERE c.school.id = :school AND c.deleted = FALSE AND c.schoolYear.id = :year"
                        + " AND c.periodKind IN :kinds ORDER BY c.grade, c.name", Object[].class)
                .setParameter("school", schoolId).setParameter("year", period.getSchoolYear().getId())
                .setParameter("kinds", kinds(period)).getResultStream()
                .map(r -> new ClassRow((Long) r[0], (String) r[1], (PeriodKind) r[2], (Long) r[3])).toList();
    }

    @Override
    public List<Taught> taught(long schoolId, AcademicPeriod period, Long classId) {
        String byClass = classId == null ? "" : " AND c.id = :class";
        List<Taught> rows = new ArrayList<>();
        rows.addAll(taught(TAUGHT_COLUMNS + " FROM CurriculumPlanItem i JOIN i.period ip JOIN i.subject sub,"
                + " Student s JOIN s.schoolClass c WHERE i.audience.schoolClass = c AND" + ITEM_IN_PERIOD + byClass,
                schoolId, period, classId));
        rows.addAll(taught(TAUGHT_COLUMNS + " FROM CurriculumPlanItem i JOIN i.period ip JOIN i.subject sub,"
                + " StudyGroupMember m JOIN m.student s JOIN s.schoolClass c WHERE i.audience.studyGroup = m.group"
                + " AND m.deleted = FALSE AND" + ITEM_IN_PERIOD + byClass, schoolId, period, classId));
        rows.addAll(taught(TAUGHT_COLUMNS + " FROM CurriculumPlanItem i JOIN i.period ip JOIN i.subject sub"
                + " JOIN i.audience.individualPlan pl JOIN pl.student s JOIN s.schoolClass c WHERE pl.deleted = FALSE"
                + " AND pl.validFrom <= :ends AND (pl.validTo IS NULL OR pl.validTo >= :starts) AND"
                + ITEM_IN_PERIOD + byClass, schoolId, period, classId));
        return rows;
    }

    private List<Taught> taught(String jpql, long schoolId, AcademicPeriod period, Long classId) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("school", schoolId)
                .setParameter("starts", period.getStartsOn()).setParameter("ends", period.getEndsOn())
                .setParameter("year", period.getSchoolYear().getId()).setParameter("kinds", kinds(period));
        if (classId != null) {
            query.setParameter("class", classId);
        }
        return query.getResultStream().map(r -> new Taught((Long) r[0], name(r[1], r[2]), (Long) r[3],
                (String) r[4], (Long) r[5], (String) r[6])).toList();
    }

    @Override
    public List<Given> grades(long schoolId, AcademicPeriod period, Long classId) {
        TypedQuery<Object[]> query = em.createQuery(COLUMNS + ", g.value.numeric, g.value.status,"
                + " g.resultDate FROM FinalGrade g JOIN g.student s JOIN s.schoolClass c JOIN g.subject sub"
                + " WHERE g.school.id = :school AND g.period.id = :period AND g.deleted = FALSE AND s.deleted = FALSE"
                + (classId == null ? "" : " AND c.id = :class"), Object[].class)
                .setParameter("school", schoolId).setParameter("period", period.getId());
        if (classId != null) {
            query.setParameter("class", classId);
        }
        return query.getResultStream().map(r -> new Given((Long) r[0], name(r[1], r[2]), (Long) r[3],
                (String) r[4], (Long) r[5], (String) r[6],
                r[7] != null ? r[7].toString() : r[8] != null ? ((MarkStatus) r[8]).label() : "",
                (LocalDate) r[9])).toList();
    }

    @Override
    public List<Deferred> deferrals(long schoolId, AcademicPeriod period, Long classId) {
        TypedQuery<Object[]> query = em.createQuery(COLUMNS + ", d.id, d.reason, d.deadline FROM Deferral d"
                + " JOIN d.student s JOIN s.schoolClass c JOIN d.subject sub WHERE d.school.id = :school"
                + " AND d.period.id = :period AND d.deleted = FALSE AND s.deleted = FALSE"
                + (classId == null ? "" : " AND c.id = :class"), Object[].class)
                .setParameter("school", schoolId).setParameter("period", period.getId());
        if (classId != null) {
            query.setParameter("class", classId);
        }
        return query.getResultStream().map(r -> new Deferred((Long) r[7], (Long) r[0], name(r[1], r[2]),
                (Long) r[3], (String) r[4], (Long) r[5], (String) r[6], (String) r[8], (LocalDate) r[9])).toList();
    }

    /** A year is assessed by every class; a term only by the classes assessed by terms of its kind. */
    private static List<PeriodKind> kinds(AcademicPeriod period) {
        return List.copyOf(period.getKind() == PeriodKind.YEAR ? EnumSet.allOf(PeriodKind.class)
                : EnumSet.of(period.getKind()));
    }

    private static String name(Object last, Object first) {
        return last + " " + first;
    }
}
