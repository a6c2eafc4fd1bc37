package ru.ediary.school.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolDirectory;
import ru.ediary.school.model.Student;

@ApplicationScoped
public class JpaSchoolDirectory implements SchoolDirectory {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Region> regionByCode(String code) {
        return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<School> schoolByCode(String code) {
        return em.createQuery("SELECT s FROM School s WHERE s.code = :code", School.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<School> school(long id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    @Override
    public List<School> schoolsOf(Region region) {
        return em.createQuery("SELECT s FROM School s WHERE s.region = :region ORDER BY s.name", School.class)
                .setParameter("region", region).getResultList();
    }

    @Override
    public List<Region> regions() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.name", Region.class).getResultList();
    }

    @Override
    public void add(Region region) {
        em.persist(region);
        em.flush(); // the identity column assigns the id only on insert
    }

    @Override
    public void add(School school) {
        em.persist(school);
        em.flush();
    }

    @Override
    public Optional<Student> student(School school, String sourcedId) {
        return em.createQuery("SELECT s FROM Student s WHERE s.school = :school AND s.sourcedId = :sourcedId"
                        + " AND s.deleted = FALSE", Student.class)
                .setParameter("school", school).setParameter("sourcedId", sourcedId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Student> student(long id) {
        return Optional.ofNullable(em.find(Student.class, id)).filter(s -> !s.isDeleted());
    }

    @Override
    public List<Student> students(School school) {
        return em.createQuery("SELECT s FROM Student s LEFT JOIN FETCH s.schoolClass c WHERE s.school = :school"
                        + " AND s.deleted = FALSE ORDER BY c.grade, c.name, s.name.lastName, s.name.firstName",
                Student.class).setParameter("school", school).getResultList();
    }

    @Override
    public List<SchoolClass> classes(School school) {
        return em.createQuery("SELECT c FROM SchoolClass c WHERE c.school = :school AND c.deleted = FALSE"
                + " ORDER BY c.grade, c.name", SchoolClass.class).setParameter("school", school).getResultList();
    }
}
