package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.ediary.journal.model.MarkStatus;
import ru.ediary.school.model.PeriodKind;

/**
 * What the results statistics read from the database: counts and sums computed there with GROUP BY (never the marks
 * themselves), and the names that label them. Every query is bound to one school.
 */
public interface ResultFigures {

    /** How many final grades of one value a class has in a subject for the period. */
    record GradeCount(long classId, long subjectId, Integer numeric, MarkStatus status, long count) {
    }

    /** One student's counted marks in a subject within dates, summed: Σ(mark × weight), Σ(weight), how many. */
    record StudentTotals(long classId, long subjectId, long studentId, BigDecimal weightedSum, BigDecimal weights,
                         long count) {
    }

    /** One student's final grade in a subject. */
    record StudentGrade(long studentId, String name, Integer numeric, MarkStatus status) {
    }

    /** A student's id and full name. */
    record StudentName(long studentId, String name) {
    }

    /** A reporting period of the school. */
    record Period(long id, String name, long yearId, String yearName, PeriodKind kind, int ordinal, LocalDate startsOn,
                  LocalDate endsOn) {
    }

    /** A class: its name, grade (for ordering) and the kind of periods it is assessed by. */
    record ClassRef(long id, String name, int grade, PeriodKind periodKind) {
    }

    /** A subject taught to a class, and by whom (a whole-class or a group assignment). */
    record Teaching(long classId, long subjectId, String teacherName) {
    }

    List<Period> periods(long schoolId);

    List<ClassRef> classes(long schoolId);

    /** Subject id → name, of the school. */
    java.util.Map<Long, String> subjects(long schoolId);

    List<Teaching> teaching(long schoolId);

    /** The period's final grades counted per class, subject and value. */
    List<GradeCount> finalGrades(long schoolId, long periodId);

    /**
     * Each student's numeric marks of positive weight dated {@code from}–{@code to}, summed per class, subject and
     * student; {@code classId} and {@code subjectId} narrow it when not null.
     */
    List<StudentTotals> markTotals(long schoolId, LocalDate from, LocalDate to, Long classId, Long subjectId);

    /** The final grades of a class in a subject for the period, with the students' names, by name. */
    List<StudentGrade> finalGradesOf(long schoolId, long periodId, long classId, long subjectId);

    /** The students of a class, by name. */
    List<StudentName> students(long schoolId, long classId);
}
