package ru.ediary.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.assessment.model.ResultFigures;
import ru.ediary.journal.model.MarkStatus;
import ru.ediary.school.model.PeriodKind;

/** The results statistics' aggregate queries (JPQL with GROUP BY; Derby and PostgreSQL alike). */
@ApplicationScoped
public class JpaResultFigures implements ResultFigures {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public List<Period> periods(long schoolId) {
        return em.createQuery("SELECT p.id, p.name, y.id, y.name, p.kind, p.ordinal, p.startsOn, p.endsOn"
                        + " FROM AcademicPeriod p JOIN p.schoolYear y WHERE p.school.id = :school AND p.deleted = FALSE"
                        + " AND y.deleted = FALSE ORDER BY p.startsOn DESC, p.endsOn, p.id", Object[].class)
                .setParameter("school", schoolId).getResultList().stream()
                .map(r -> new Period((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (PeriodKind) r[4],
                        ((Number) r[5]).intValue(), (LocalDate) r[6], (LocalDate) r[7])).toList();
    }

    @Override
    public List<ClassRef> classes(long schoolId) {
        return em.createQuery("SELECT c.id, c.name, c.grade, c.periodKind FROM SchoolClass c"
                        + " WHERE c.school.id = :school AND c.deleted = FALSE ORDER BY c.grade, c.name", Object[].class)
                .setParameter("school", schoolId).getResultList().stream()
                .map(r -> new ClassRef((Long) r[0], (String) r[1], ((Number) r[2]).intValue(), (PeriodKind) r[3]))
                .toList();
    }

    @Override
    public Map<Long, String> subjects(long schoolId) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT s.id, s.name FROM Subject s WHERE s.school.id = :school AND s.deleted = FALSE",
                Object[].class).setParameter("school", schoolId).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public List<Teaching> teaching(long schoolId) {
        String names = "t.name.lastName, t.name.firstName, t.name.middleName";
        List<Object[]> rows = new java.util.ArrayList<>(em.createQuery("SELECT c.id, a.subject.id, " + names
                        + " FROM TeachingAssignment a JOIN a.teacher t JOIN a.audience.schoolClass c"
                        + " WHERE a.school.id = :school AND a.deleted = FALSE", Object[].class)
                .setParameter("school", schoolId).getResultList());
        rows.addAll(em.createQuery("SELECT c.id, a.subject.id, " + names
                        + " FROM TeachingAssignment a JOIN a.teacher t JOIN a.audience.studyGroup g JOIN g.schoolClass c"
                        + " WHERE a.school.id = :school AND a.deleted = FALSE", Object[].class)
                .setParameter("school", schoolId).getResultList());
        return rows.stream().map(r -> new Teaching((Long) r[0], (Long) r[1], fullName(r[2], r[3], r[4]))).toList();
    }

    @Override
    public List<GradeCount> finalGrades(long schoolId, long periodId) {
        return em.createQuery("SELECT s.schoolClass.id, g.subject.id, g.value.numeric, g.value.status, COUNT(g)"
                        + " FROM FinalGrade g JOIN g.student s WHERE g.school.id = :school AND g.period.id = :period"
                        + " AND g.deleted = FALSE AND s.deleted = FALSE"
                        + " GROUP BY s.schoolClass.id, g.subject.id, g.value.numeric, g.value.status", Object[].class)
                .setParameter("school", schoolId).setParameter("period", periodId).getResultList().stream()
                .map(r -> new GradeCount((Long) r[0], (Long) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                        (MarkStatus) r[3], ((Number) r[4]).longValue())).toList();
    }

    /**
     * Grouped also by the mark's value, so that the select holds no arithmetic: EclipseLink's Derby platform writes a
     * query with arithmetic in the select as literal SQL, and its boolean literals (deleted = 0) Derby refuses.
     * Σ(mark × weight) is then Σ over the (at most five) values of value × Σ(weight).
     */
    @Override
    public List<StudentTotals> markTotals(long schoolId, LocalDate from, LocalDate to, Long classId, Long subjectId) {
        TypedQuery<Object[]> query = em.createQuery("SELECT s.schoolClass.id, m.subject.id, s.id, m.value.numeric,"
                + " SUM(m.weight), COUNT(m)"
                + " FROM Mark m JOIN m.student s WHERE m.school.id = :school AND m.deleted = FALSE"
                + " AND s.deleted = FALSE AND m.date BETWEEN :from AND :to"
                + " AND m.value.numeric IS NOT NULL AND m.weight > 0"
                + (classId == null ? "" : " AND s.schoolClass.id = :class")
                + (subjectId == null ? "" : " AND m.subject.id = :subject")
                + " GROUP BY s.schoolClass.id, m.subject.id, s.id, m.value.numeric", Object[].class)
                .setParameter("school", schoolId).setParameter("from", from).setParameter("to", to);
        if (classId != null) {
            query.setParameter("class", classId);
        }
        if (subjectId != null) {
            query.setParameter("subject", subjectId);
        }
        Map<List<Long>, StudentTotals> totals = new java.util.LinkedHashMap<>();
        for (Object[] r : query.getResultList()) {
            BigDecimal weights = decimal(r[4]);
            StudentTotals part = new StudentTotals((Long) r[0], (Long) r[1], (Long) r[2],
                    weights.multiply(BigDecimal.valueOf(((Number) r[3]).intValue())), weights,
                    ((Number) r[5]).longValue());
            totals.merge(List.of(part.classId(), part.subjectId(), part.studentId()), part,
                    (a, b) -> new StudentTotals(a.classId(), a.subjectId(), a.studentId(),
                            a.weightedSum().add(b.weightedSum()), a.weights().add(b.weights()), a.count() + b.count()));
        }
        return List.copyOf(totals.values());
    }

    @Override
    public List<StudentGrade> finalGradesOf(long schoolId, long periodId, long classId, long subjectId) {
        return em.createQuery("SELECT s.id, s.name.lastName, s.name.firstName, s.name.middleName, g.value.numeric,"
                        + " g.value.status FROM FinalGrade g JOIN g.student s WHERE g.school.id = :school"
                        + " AND g.period.id = :period AND s.schoolClass.id = :class AND g.subject.id = :subject"
                        + " AND g.deleted = FALSE AND s.deleted = FALSE"
                        + " ORDER BY s.name.lastName, s.name.firstName, s.id", Object[].class)
                .setParameter("school", schoolId).setParameter("period", periodId).setParameter("class", classId)
                .setParameter("subject", subjectId).getResultList().stream()
                .map(r -> new StudentGrade((Long) r[0], fullName(r[1], r[2], r[3]),
                        r[4] == null ? null : ((Number) r[4]).intValue(), (MarkStatus) r[5])).toList();
    }

    @Override
    public List<StudentName> students(long schoolId, long classId) {
        return em.createQuery("SELECT s.id, s.name.lastName, s.name.firstName, s.name.middleName FROM Student s"
                        + " WHERE s.school.id = :school AND s.schoolClass.id = :class AND s.deleted = FALSE"
                        + " ORDER BY s.name.lastName, s.name.firstName, s.id", Object[].class)
                .setParameter("school", schoolId).setParameter("class", classId).getResultList().stream()
                .map(r -> new StudentName((Long) r[0], fullName(r[1], r[2], r[3]))).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static String fullName(Object last, Object first, Object middle) {
        return last + " " + first + (middle == null || middle.toString().isBlank() ? "" : " " + middle);
    }
}
