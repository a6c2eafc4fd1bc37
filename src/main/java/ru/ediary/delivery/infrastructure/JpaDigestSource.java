package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ediary.delivery.model.DigestSource;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.Guardian;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Student;

@ApplicationScoped
public class JpaDigestSource implements DigestSource {

    /**
     * The student's lessons: taught to their class, to a group they belong to, or to their individual plan. LEFT
     * JOINs, because a path through an absent group or plan would otherwise drop the row.
     */
    private static final String TAUGHT_TO_STUDENT = "(l.audience.schoolClass = :class"
            + " OR g.id IN (SELECT m.group.id FROM StudyGroupMember m WHERE m.student = :student AND m.deleted = FALSE)"
            + " OR ip.student = :student)";

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public List<Guardian> consentedGuardians() {
        return em.createQuery("SELECT DISTINCT c.guardian FROM Consent c WHERE c.decision = :given"
                        + " AND c.guardian.deleted = FALSE", Guardian.class)
                .setParameter("given", ConsentDecision.GIVEN).getResultList();
    }

    @Override
    public List<Mark> marks(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT m FROM Mark m WHERE m.student = :student AND m.deleted = FALSE"
                        + " AND m.date >= :from AND m.date <= :to ORDER BY m.date, m.id", Mark.class)
                .setParameter("student", student).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<AcademicPeriod> runningPeriod(Student student, LocalDate day) {
        return em.createQuery("SELECT p FROM AcademicPeriod p WHERE p.schoolYear = :year AND p.kind = :kind"
                        + " AND p.deleted = FALSE AND p.startsOn <= :day AND p.endsOn >= :day", AcademicPeriod.class)
                .setParameter("year", student.getSchoolClass().getSchoolYear())
                .setParameter("kind", student.getSchoolClass().getPeriodKind()).setParameter("day", day)
                .getResultStream().findFirst();
    }

    @Override
    public List<Attendance> attendance(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.student = :student AND a.deleted = FALSE"
                        + " AND a.lesson.date >= :from AND a.lesson.date <= :to", Attendance.class)
                .setParameter("student", student).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Homework> homeworkDue(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT h FROM Homework h JOIN h.lesson l LEFT JOIN l.audience.studyGroup g"
                        + " LEFT JOIN l.audience.individualPlan ip WHERE h.deleted = FALSE AND l.deleted = FALSE"
                        + " AND h.dueOn >= :from AND h.dueOn <= :to AND " + TAUGHT_TO_STUDENT
                        + " ORDER BY h.dueOn, h.id", Homework.class)
                .setParameter("class", student.getSchoolClass()).setParameter("student", student)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<ControlWork> controlWorks(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT w FROM ControlWork w LEFT JOIN w.audience.studyGroup g"
                        + " LEFT JOIN w.audience.individualPlan ip WHERE w.deleted = FALSE"
                        + " AND w.plannedOn >= :from AND w.plannedOn <= :to AND "
                        + TAUGHT_TO_STUDENT.replace("l.audience", "w.audience") + " ORDER BY w.plannedOn, w.id",
                        ControlWork.class)
                .setParameter("class", student.getSchoolClass()).setParameter("student", student)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<TimetableChange> timetableChanges(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM TimetableChange c JOIN c.lesson l LEFT JOIN l.audience.studyGroup g"
                        + " LEFT JOIN l.audience.individualPlan ip WHERE c.deleted = FALSE"
                        + " AND l.date >= :from AND l.date <= :to AND " + TAUGHT_TO_STUDENT
                        + " ORDER BY l.date, l.slot", TimetableChange.class)
                .setParameter("class", student.getSchoolClass()).setParameter("student", student)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
