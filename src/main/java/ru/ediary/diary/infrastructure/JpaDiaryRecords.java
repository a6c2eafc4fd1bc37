package ru.ediary.diary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

/**
 * The diary records as the database holds them. One student's reading is a cohort of one ({@link CohortRecords}
 * decides what is taught to whom, for one child and for a class alike).
 */
@ApplicationScoped
public class JpaDiaryRecords implements DiaryRecords {

    private static final String STUDENT = "SELECT s FROM Student s JOIN FETCH s.schoolClass c JOIN FETCH c.schoolYear"
            + " JOIN FETCH s.school WHERE s.deleted = FALSE AND ";

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Student> student(long id) {
        return em.createQuery(STUDENT + "s.id = :id", Student.class).setParameter("id", id).getResultStream()
                .findFirst();
    }

    @Override
    public List<Student> students(long schoolClassId) {
        return em.createQuery(STUDENT + "c.id = :id ORDER BY s.name.lastName, s.name.firstName, s.id", Student.class)
                .setParameter("id", schoolClassId).getResultList();
    }

    @Override
    public DiaryRecords together(List<Long> studentIds) {
        List<Student> cohort = studentIds.isEmpty() ? List.of()
                : em.createQuery(STUDENT + "s.id IN :ids", Student.class).setParameter("ids", studentIds)
                .getResultList();
        return new CohortRecords(em, this, cohort);
    }

    private DiaryRecords alone(Student student) {
        return new CohortRecords(em, this, List.of(student));
    }

    @Override
    public List<Lesson> lessons(Student student, LocalDate from, LocalDate to) {
        return alone(student).lessons(student, from, to);
    }

    @Override
    public List<Mark> marks(Student student, LocalDate from, LocalDate to) {
        return alone(student).marks(student, from, to);
    }

    @Override
    public List<Attendance> attendance(Student student, LocalDate from, LocalDate to) {
        return alone(student).attendance(student, from, to);
    }

    @Override
    public List<Homework> homeworkGiven(Student student, LocalDate from, LocalDate to) {
        return alone(student).homeworkGiven(student, from, to);
    }

    @Override
    public List<Homework> homeworkDue(Student student, LocalDate from, LocalDate to) {
        return alone(student).homeworkDue(student, from, to);
    }

    @Override
    public List<TimetableChange> changes(Student student, LocalDate from, LocalDate to) {
        return alone(student).changes(student, from, to);
    }

    @Override
    public List<TimetableEntry> timetable(Student student, LocalDate date) {
        return alone(student).timetable(student, date);
    }

    @Override
    public List<AcademicPeriod> periods(Student student) {
        return alone(student).periods(student);
    }

    @Override
    public List<Holiday> holidays(Student student) {
        return alone(student).holidays(student);
    }

    @Override
    public List<ControlWork> controlWorks(Student student, LocalDate from, LocalDate to) {
        return alone(student).controlWorks(student, from, to);
    }

    @Override
    public List<TeachingAssignment> assignments(Student student) {
        return alone(student).assignments(student);
    }

    @Override
    public List<FinalGrade> finalGrades(Student student) {
        return alone(student).finalGrades(student);
    }

    @Override
    public List<Deferral> deferrals(Student student) {
        return alone(student).deferrals(student);
    }

    @Override
    public List<ExamResult> examResults(Student student) {
        return alone(student).examResults(student);
    }

    @Override
    public List<Recommendation> recommendations(Student student) {
        return alone(student).recommendations(student);
    }
}
