package ru.ediary.diary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.diary.model.DiaryRecords;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.Recommendation;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Holiday;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.TeachingAssignment;
import ru.ediary.school.model.TimetableEntry;

@ApplicationScoped
public class JpaDiaryRecords implements DiaryRecords {

    /** Joins that let {@link #TAUGHT} see the group and the plan of a row taught to an audience (alias r). */
    private static final String AUDIENCE_JOINS = " LEFT JOIN r.audience.studyGroup g LEFT JOIN r.audience.individualPlan p";

    /**
     * Taught to the student: the class, a group the student is a member of, or the student's own plan. (The groups
     * are looked up first: EclipseLink writes a boolean inside an EXISTS subquery as 0, which Derby will not compare
     * with a BOOLEAN column.)
     */
    private static final String TAUGHT = " (r.audience.schoolClass = :schoolClass OR p.student = :student"
            + " OR g.id IN :groups)";

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Student> student(long id) {
        return em.createQuery("SELECT s FROM Student s JOIN FETCH s.schoolClass c JOIN FETCH c.schoolYear"
                        + " JOIN FETCH s.school WHERE s.id = :id AND s.deleted = FALSE", Student.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Student> students(long schoolClassId) {
        return em.createQuery("SELECT s FROM Student s JOIN FETCH s.schoolClass c JOIN FETCH c.schoolYear"
                        + " JOIN FETCH s.school WHERE c.id = :id AND s.deleted = FALSE"
                        + " ORDER BY s.name.lastName, s.name.firstName, s.id", Student.class)
                .setParameter("id", schoolClassId).getResultList();
    }

    @Override
    public List<Lesson> lessons(Student student, LocalDate from, LocalDate to) {
        return taught(em.createQuery("SELECT r FROM Lesson r JOIN FETCH r.subject LEFT JOIN FETCH r.teacher"
                + " LEFT JOIN FETCH r.lessonType" + AUDIENCE_JOINS
                + " WHERE r.deleted = FALSE AND r.date BETWEEN :from AND :to AND" + TAUGHT
                + " ORDER BY r.date, r.slot", Lesson.class), student)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Mark> marks(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT m FROM Mark m JOIN FETCH m.subject JOIN FETCH m.lesson"
                        + " LEFT JOIN FETCH m.workType WHERE m.student = :student AND m.deleted = FALSE"
                        + " AND m.lesson.deleted = FALSE AND m.date BETWEEN :from AND :to ORDER BY m.date, m.id",
                        Mark.class)
                .setParameter("student", student).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Attendance> attendance(Student student, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM Attendance a JOIN FETCH a.code JOIN FETCH a.lesson"
                        + " WHERE a.student = :student AND a.deleted = FALSE AND a.lesson.deleted = FALSE"
                        + " AND a.lesson.date BETWEEN :from AND :to", Attendance.class)
                .setParameter("student", student).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Homework> homeworkGiven(Student student, LocalDate from, LocalDate to) {
        return homework(student, "r.date BETWEEN :from AND :to", from, to);
    }

    @Override
    public List<Homework> homeworkDue(Student student, LocalDate from, LocalDate to) {
        return homework(student, "h.dueOn BETWEEN :from AND :to", from, to);
    }

    /** Homework with its lesson and the lesson's subject loaded in the same query. */
    private List<Homework> homework(Student student, String when, LocalDate from, LocalDate to) {
        return taught(em.createQuery("SELECT h, r, s FROM Homework h JOIN h.lesson r JOIN r.subject s"
                        + AUDIENCE_JOINS + " WHERE h.deleted = FALSE AND r.deleted = FALSE AND " + when + " AND"
                        + TAUGHT + " ORDER BY h.dueOn, r.date, r.slot", Object[].class), student)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> (Homework) row[0]).toList();
    }

    @Override
    public List<TimetableChange> changes(Student student, LocalDate from, LocalDate to) {
        // In two steps: the school's changes of the dates first (a handful), then which of them the student is
        // taught. In one query the date OR and the audience ORs made Derby walk every lesson of the school for
        // each change — the slowest part of a paper extract.
        List<Long> ofTheDates = em.createQuery("SELECT c.id FROM TimetableChange c JOIN c.lesson r"
                        + " WHERE c.school = :school AND c.deleted = FALSE AND r.deleted = FALSE"
                        + " AND (r.date BETWEEN :from AND :to OR c.originalDate BETWEEN :from AND :to)", Long.class)
                .setParameter("school", student.getSchool()).setParameter("from", from).setParameter("to", to)
                .getResultList();
        if (ofTheDates.isEmpty()) {
            return List.of();
        }
        return taught(em.createQuery("SELECT c, r, s FROM TimetableChange c JOIN c.lesson r JOIN r.subject s"
                        + " LEFT JOIN FETCH c.originalTeacher" + AUDIENCE_JOINS
                        + " WHERE c.id IN :changes AND" + TAUGHT, Object[].class), student)
                .setParameter("changes", ofTheDates).getResultList().stream()
                .map(row -> (TimetableChange) row[0]).toList();
    }

    @Override
    public List<TimetableEntry> timetable(Student student, LocalDate date) {
        return taught(em.createQuery("SELECT r FROM TimetableEntry r JOIN FETCH r.subject LEFT JOIN FETCH r.teacher"
                + AUDIENCE_JOINS + " WHERE r.deleted = FALSE AND r.validFrom <= :date"
                + " AND (r.validTo IS NULL OR r.validTo >= :date) AND" + TAUGHT
                + " ORDER BY r.weekday, r.slot", TimetableEntry.class), student)
                .setParameter("date", date).getResultList();
    }

    @Override
    public List<AcademicPeriod> periods(Student student) {
        return em.createQuery("SELECT p FROM AcademicPeriod p WHERE p.schoolYear = :year AND p.deleted = FALSE"
                        + " ORDER BY p.startsOn, p.endsOn DESC", AcademicPeriod.class)
                .setParameter("year", student.getSchoolClass().getSchoolYear()).getResultList();
    }

    @Override
    public List<Holiday> holidays(Student student) {
        return em.createQuery("SELECT h FROM Holiday h WHERE h.schoolYear = :year AND h.deleted = FALSE"
                        + " AND (h.onlyGrade IS NULL OR h.onlyGrade = :grade) ORDER BY h.startsOn", Holiday.class)
                .setParameter("year", student.getSchoolClass().getSchoolYear())
                .setParameter("grade", student.getSchoolClass().getGrade()).getResultList();
    }

    @Override
    public List<ControlWork> controlWorks(Student student, LocalDate from, LocalDate to) {
        return taught(em.createQuery("SELECT r FROM ControlWork r JOIN FETCH r.subject LEFT JOIN FETCH r.workType"
                + AUDIENCE_JOINS + " WHERE r.deleted = FALSE AND r.plannedOn BETWEEN :from AND :to AND" + TAUGHT
                + " ORDER BY r.plannedOn", ControlWork.class), student)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<TeachingAssignment> assignments(Student student) {
        return taught(em.createQuery("SELECT r FROM TeachingAssignment r JOIN FETCH r.subject JOIN FETCH r.teacher"
                + AUDIENCE_JOINS + " WHERE r.deleted = FALSE AND r.teacher.deleted = FALSE AND" + TAUGHT,
                TeachingAssignment.class), student).getResultList();
    }

    @Override
    public List<FinalGrade> finalGrades(Student student) {
        return em.createQuery("SELECT f FROM FinalGrade f JOIN FETCH f.subject JOIN FETCH f.period"
                        + " WHERE f.student = :student AND f.deleted = FALSE", FinalGrade.class)
                .setParameter("student", student).getResultList();
    }

    @Override
    public List<Deferral> deferrals(Student student) {
        return em.createQuery("SELECT d FROM Deferral d JOIN FETCH d.subject JOIN FETCH d.period"
                        + " WHERE d.student = :student AND d.deleted = FALSE", Deferral.class)
                .setParameter("student", student).getResultList();
    }

    @Override
    public List<ExamResult> examResults(Student student) {
        return em.createQuery("SELECT e FROM ExamResult e JOIN FETCH e.subject"
                        + " WHERE e.student = :student AND e.deleted = FALSE ORDER BY e.examDate", ExamResult.class)
                .setParameter("student", student).getResultList();
    }

    @Override
    public List<Recommendation> recommendations(Student student) {
        return em.createQuery("SELECT r FROM Recommendation r JOIN FETCH r.teacher LEFT JOIN FETCH r.subject"
                        + " WHERE r.student = :student AND r.deleted = FALSE ORDER BY r.givenOn DESC, r.id DESC",
                        Recommendation.class)
                .setParameter("student", student).getResultList();
    }

    private <T> TypedQuery<T> taught(TypedQuery<T> query, Student student) {
        List<Long> groups = em.createQuery("SELECT gm.group.id FROM StudyGroupMember gm WHERE gm.student = :student"
                + " AND gm.deleted = FALSE", Long.class).setParameter("student", student).getResultList();
        // An empty IN list is not valid SQL; no group has id 0.
        return query.setParameter("schoolClass", student.getSchoolClass()).setParameter("student", student)
                .setParameter("groups", groups.isEmpty() ? List.of(0L) : groups);
    }
}
