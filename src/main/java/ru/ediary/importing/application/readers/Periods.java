package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.Student;

/** Ties a reporting period to the class a record concerns: a class lives in one school year, so do its periods. */
final class Periods {

    private Periods() {
    }

    /** Refuses a period that begins after {@code today} (PERIOD_NOT_STARTED): no final grade is due for it yet. */
    static void started(String field, AcademicPeriod period, LocalDate today) throws RecordRejected {
        if (period.getStartsOn().isAfter(today)) {
            throw new RecordRejected(RejectionCode.PERIOD_NOT_STARTED, field, "the period «" + period.getName()
                    + "» begins on " + period.getStartsOn() + ", after today (" + today + ")");
        }
    }

    /** Refuses a period of another school year than the class's, reported against {@code field}. */
    static void sameYear(String field, AcademicPeriod period, SchoolClass schoolClass) throws RecordRejected {
        sameYear(field, period, schoolClass, "class " + schoolClass.getName());
    }

    /** Refuses a period of another school year than the one the student's class belongs to. */
    static void sameYear(String field, AcademicPeriod period, Student student) throws RecordRejected {
        sameYear(field, period, student.getSchoolClass(), "student «" + student.getSourcedId() + "» of class "
                + student.getSchoolClass().getName());
    }

    private static void sameYear(String field, AcademicPeriod period, SchoolClass schoolClass, String who)
            throws RecordRejected {
        if (period.getSchoolYear() != schoolClass.getSchoolYear()) {
            throw new RecordRejected(RejectionCode.OUTSIDE_SCHOOL_YEAR, field,
                    who + " belongs to the school year " + schoolClass.getSchoolYear().getName()
                            + ", the period «" + period.getName() + "» to " + period.getSchoolYear().getName());
        }
    }
}
