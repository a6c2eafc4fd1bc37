package ru.ediary.journal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ediary.journal.model.JournalStatistics;
import ru.ediary.journal.model.LessonStatus;
import ru.ediary.journal.model.SchoolFigures;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaJournalStatistics implements JournalStatistics {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public SchoolFigures figures(School school) {
        return new SchoolFigures(
                count("SELECT COUNT(c) FROM SchoolClass c WHERE c.school = :school AND c.deleted = FALSE", school),
                count("SELECT COUNT(s) FROM Student s WHERE s.school = :school AND s.deleted = FALSE", school),
                em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.school = :school AND l.deleted = FALSE"
                                + " AND l.status = :held", Long.class)
                        .setParameter("school", school).setParameter("held", LessonStatus.HELD).getSingleResult(),
                count("SELECT COUNT(m) FROM Mark m WHERE m.school = :school AND m.deleted = FALSE", school));
    }

    private long count(String jpql, School school) {
        return em.createQuery(jpql, Long.class).setParameter("school", school).getSingleResult();
    }
}
