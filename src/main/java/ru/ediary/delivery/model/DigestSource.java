package ru.ediary.delivery.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ediary.family.model.Guardian;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Student;

/** What a weekly summary and a forecast of one child are made of, read per student. */
public interface DigestSource {

    /**
     * Guardians who ever gave consent, of every school: the only ones a digest can go to. It decides nothing; each
     * one's delivery plan does.
     */
    List<Guardian> consentedGuardians();

    /** Marks of the student dated within [from, to], oldest first. */
    List<Mark> marks(Student student, LocalDate from, LocalDate to);

    /** The reporting period of the student's class (its kind: quarter, trimester, half-year) containing {@code day}. */
    Optional<AcademicPeriod> runningPeriod(Student student, LocalDate day);

    /** Absences and lateness of the student on lessons within [from, to]. */
    List<Attendance> attendance(Student student, LocalDate from, LocalDate to);

    /** Homework of the student's lessons due within [from, to]. */
    List<Homework> homeworkDue(Student student, LocalDate from, LocalDate to);

    /** Control works planned for the student within [from, to]. */
    List<ControlWork> controlWorks(Student student, LocalDate from, LocalDate to);

    /** Substitutions, moves and cancellations of the student's lessons within [from, to]. */
    List<TimetableChange> timetableChanges(Student student, LocalDate from, LocalDate to);
}
