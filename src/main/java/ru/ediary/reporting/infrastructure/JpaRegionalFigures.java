package ru.ediary.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.journal.model.MarkStatus;
import ru.ediary.reporting.model.RegionalFigures;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.PeriodKind;

/** Regional reporting's aggregate queries (JPQL with GROUP BY over a region; Derby and PostgreSQL alike). */
@ApplicationScoped
public class JpaRegionalFigures implements RegionalFigures {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Region> region(long regionId) {
        return em.createQuery("SELECT r.id, r.code, r.name FROM Region r WHERE r.id = :region", Object[].class)
                .setParameter("region", regionId).getResultStream()
                .map(r -> new Region((Long) r[0], (String) r[1], (String) r[2])).findFirst();
    }

    @Override
    public List<SchoolRow> schools(long regionId) {
        return em.createQuery("SELECT s.id, s.code, s.name, s.shortName, s.topLevel, s.address FROM School s"
                        + " WHERE s.region.id = :region ORDER BY s.name, s.code", Object[].class)
                .setParameter("region", regionId).getResultStream()
                .map(r -> new SchoolRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (EducationLevel) r[4], (String) r[5])).toList();
    }

    @Override
    public Optional<Long> regionOfSchool(String schoolCode) {
        return em.createQuery("SELECT s.region.id FROM School s WHERE s.code = :code", Long.class)
                .setParameter("code", schoolCode).getResultStream().findFirst();
    }

    @Override
    public Map<Long, Long> classes(long regionId, LocalDate day) {
        return counts(em.createQuery("SELECT c.school.id, COUNT(c) FROM SchoolClass c JOIN c.schoolYear y"
                        + " WHERE c.school.region.id = :region AND c.deleted = FALSE AND y.deleted = FALSE"
                        + " AND y.startsOn <= :day AND y.endsOn >= :day GROUP BY c.school.id", Object[].class)
                .setParameter("region", regionId).setParameter("day", day).getResultList());
    }

    @Override
    public Map<Long, Long> students(long regionId) {
        return counts(em.createQuery("SELECT s.school.id, COUNT(s) FROM Student s"
                        + " WHERE s.school.region.id = :region AND s.deleted = FALSE GROUP BY s.school.id",
                        Object[].class)
                .setParameter("region", regionId).getResultList());
    }

    @Override
    public Map<Long, Instant> lastBatches(long regionId) {
        Map<Long, Instant> last = new HashMap<>();
        em.createQuery("SELECT b.school.id, MAX(b.receivedAt) FROM ImportBatch b"
                        + " WHERE b.school.region.id = :region GROUP BY b.school.id", Object[].class)
                .setParameter("region", regionId).getResultList()
                .forEach(r -> last.put((Long) r[0], (Instant) r[1]));
        return last;
    }

    @Override
    public List<PeriodRow> periods(long regionId) {
        return em.createQuery("SELECT p.school.id, p.id, y.name, y.startsOn, y.endsOn, p.kind, p.ordinal,"
                        + " p.startsOn, p.endsOn FROM AcademicPeriod p JOIN p.schoolYear y"
                        + " WHERE p.school.region.id = :region AND p.deleted = FALSE AND y.deleted = FALSE"
                        + " ORDER BY p.startsOn, p.endsOn", Object[].class)
                .setParameter("region", regionId).getResultStream()
                .map(r -> new PeriodRow((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3],
                        (LocalDate) r[4], (PeriodKind) r[5], (Integer) r[6], (LocalDate) r[7], (LocalDate) r[8]))
                .toList();
    }

    @Override
    public List<GradeCount> finalGrades(Collection<Long> periodIds) {
        return em.createQuery("SELECT g.school.id, g.period.id, c.grade, sub.name, g.value.numeric, g.value.status,"
                        + " COUNT(g) FROM FinalGrade g JOIN g.student s JOIN s.schoolClass c JOIN g.subject sub"
                        + " WHERE g.period.id IN :periods AND g.deleted = FALSE AND s.deleted = FALSE"
                        + " GROUP BY g.school.id, g.period.id, c.grade, sub.name, g.value.numeric, g.value.status",
                        Object[].class)
                .setParameter("periods", nonEmpty(periodIds)).getResultStream()
                .map(r -> new GradeCount((Long) r[0], (Long) r[1], (Integer) r[2], (String) r[3], (Integer) r[4],
                        (MarkStatus) r[5], (Long) r[6])).toList();
    }

    @Override
    public List<GradedStudents> gradedStudents(Collection<Long> periodIds) {
        return em.createQuery("SELECT g.school.id, g.period.id, c.grade, COUNT(DISTINCT s.id) FROM FinalGrade g"
                        + " JOIN g.student s JOIN s.schoolClass c WHERE g.period.id IN :periods"
                        + " AND g.deleted = FALSE AND s.deleted = FALSE GROUP BY g.school.id, g.period.id, c.grade",
                        Object[].class)
                .setParameter("periods", nonEmpty(periodIds)).getResultStream()
                .map(r -> new GradedStudents((Long) r[0], (Long) r[1], (Integer) r[2], (Long) r[3])).toList();
    }

    @Override
    public List<MessageCount> messages(long regionId, Instant from, Instant to) {
        return em.createQuery("SELECT m.schoolId, m.channel, m.status, COUNT(m) FROM OutboxMessage m"
                        + " WHERE m.schoolId IN (SELECT s.id FROM School s WHERE s.region.id = :region)"
                        + " AND m.createdAt >= :from AND m.createdAt < :to AND m.status IN :finished"
                        + " GROUP BY m.schoolId, m.channel, m.status", Object[].class)
                .setParameter("region", regionId).setParameter("from", from).setParameter("to", to)
                .setParameter("finished", List.of(MessageStatus.SENT, MessageStatus.DEAD)).getResultStream()
                .map(r -> new MessageCount((Long) r[0], (DeliveryChannel) r[1], r[2] == MessageStatus.SENT,
                        (Long) r[3])).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** An empty IN list is not valid SQL: no period has id 0. */
    private static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : ids;
    }
}
