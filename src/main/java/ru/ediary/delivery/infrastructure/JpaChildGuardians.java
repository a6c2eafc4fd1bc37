package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ediary.delivery.model.ChildGuardians;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.Guardian;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Student;

@ApplicationScoped
public class JpaChildGuardians implements ChildGuardians {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public List<Guardian> of(Student student) {
        return em.createQuery("SELECT l.guardian FROM GuardianLink l WHERE l.student = :student"
                        + " AND l.deleted = FALSE AND l.guardian.deleted = FALSE ORDER BY l.guardian.id", Guardian.class)
                .setParameter("student", student).getResultList();
    }

    @Override
    public List<Student> taughtTo(Audience audience) {
        if (audience.getIndividualPlan() != null) {
            Student student = audience.getIndividualPlan().getStudent();
            return student.isDeleted() ? List.of() : List.of(student);
        }
        if (audience.getStudyGroup() != null) {
            return em.createQuery("SELECT m.student FROM StudyGroupMember m WHERE m.group = :group"
                            + " AND m.deleted = FALSE AND m.student.deleted = FALSE", Student.class)
                    .setParameter("group", audience.getStudyGroup()).getResultList();
        }
        return em.createQuery("SELECT s FROM Student s WHERE s.schoolClass = :schoolClass AND s.deleted = FALSE",
                Student.class).setParameter("schoolClass", audience.getSchoolClass()).getResultList();
    }

    @Override
    public boolean anyoneConsentedIn(long schoolId) {
        return !em.createQuery("SELECT c.id FROM Consent c WHERE c.school.id = :school AND c.decision = :given",
                        Long.class).setParameter("school", schoolId).setParameter("given", ConsentDecision.GIVEN)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Student student(long studentId) {
        return em.find(Student.class, studentId);
    }

    @Override
    public Guardian guardian(long guardianId) {
        return em.find(Guardian.class, guardianId);
    }
}
