package ru.ediary.diary.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
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
 * What one student's diary is read from. "Taught to the student" means to the student's class, to a study group the
 * student belongs to, or to the student's individual plan. Nothing the journal deleted is returned; each method is
 * one query that fetches what its rows show (subject, teacher, work type …), so a page costs a fixed number of
 * queries however long the year; {@link #together} makes it a fixed number for a whole class.
 */
public interface DiaryRecords {

    /** The student with class and school year, unless deleted. */
    Optional<Student> student(long id);

    /** The students of a class who are not deleted, by name, with class, school year and school. */
    List<Student> students(long schoolClassId);

    /**
     * The records of these students (unknown and deleted ones left out) read together, for the rest of the
     * transaction: each kind of record over each range of days is one query for all of them, whichever student
     * asks first.
     */
    DiaryRecords together(List<Long> studentIds);

    /** Lessons taught to the student dated {@code from}–{@code to}, cancelled ones included, by date and slot. */
    List<Lesson> lessons(Student student, LocalDate from, LocalDate to);

    /** The student's marks dated {@code from}–{@code to}, by date, with their lessons, subjects and work types. */
    List<Mark> marks(Student student, LocalDate from, LocalDate to);

    /** The student's attendance marks on lessons dated {@code from}–{@code to}. */
    List<Attendance> attendance(Student student, LocalDate from, LocalDate to);

    /** Homework given on lessons taught to the student dated {@code from}–{@code to}. */
    List<Homework> homeworkGiven(Student student, LocalDate from, LocalDate to);

    /** Homework due {@code from}–{@code to} on lessons taught to the student. */
    List<Homework> homeworkDue(Student student, LocalDate from, LocalDate to);

    /** Changes of lessons taught to the student that are now, or were originally, dated {@code from}–{@code to}. */
    List<TimetableChange> changes(Student student, LocalDate from, LocalDate to);

    /** The regular timetable of the student valid on {@code date}, by weekday and slot. */
    List<TimetableEntry> timetable(Student student, LocalDate date);

    /** The reporting periods of the student's school year, by start and kind. */
    List<AcademicPeriod> periods(Student student);

    /** Holidays of the student's school year that apply to the student's grade, by start. */
    List<Holiday> holidays(Student student);

    /** Control works planned for the student's class, groups or plan dated {@code from}–{@code to}. */
    List<ControlWork> controlWorks(Student student, LocalDate from, LocalDate to);

    /** Who teaches what to the student's class, groups and plan. */
    List<TeachingAssignment> assignments(Student student);

    List<FinalGrade> finalGrades(Student student);

    List<Deferral> deferrals(Student student);

    List<ExamResult> examResults(Student student);

    /** Teachers' recommendations for the student, latest first. */
    List<Recommendation> recommendations(Student student);
}
