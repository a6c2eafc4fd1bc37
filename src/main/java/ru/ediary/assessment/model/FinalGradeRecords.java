package ru.ediary.assessment.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.PeriodKind;

/**
 * What the completeness check of final grades reads, as id-and-label rows of set queries (never the marks): who is
 * taught what in a period, the grades and the deferrals of the period. A class filter of null means every class.
 */
public interface FinalGradeRecords {

    /** A student taught a subject in the period (one row per curriculum plan item that teaches it). */
    record Taught(long studentId, String studentName, long classId, String className, long subjectId,
                  String subjectName) {
    }

    /** A final grade (or status) of the period. */
    record Given(long studentId, String studentName, long classId, String className, long subjectId,
                 String subjectName, String value, LocalDate resultDate) {
    }

    /** A deferral of the period. */
    record Deferred(long id, long studentId, String studentName, long classId, String className, long subjectId,
                    String subjectName, String reason, LocalDate deadline) {
    }

    /** A class of the school: id, name, and the kind of terms it is assessed by. */
    record ClassRow(long id, String name, PeriodKind periodKind, long schoolYearId) {
    }

    /** The school's period with this id; empty for another school's or a deleted one. */
    Optional<AcademicPeriod> period(long schoolId, long periodId);

    /** The school's periods that have started by {@code today}, the latest first. */
    List<AcademicPeriod> startedPeriods(long schoolId, LocalDate today);

    /** The classes of the period's school year assessed by it (all of them for a year). */
    List<ClassRow> classes(long schoolId, AcademicPeriod period);

    List<Taught> taught(long schoolId, AcademicPeriod period, Long classId);

    List<Given> grades(long schoolId, AcademicPeriod period, Long classId);

    List<Deferred> deferrals(long schoolId, AcademicPeriod period, Long classId);
}
