package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.SchoolYear;

/** Date rules several kinds of records share. */
final class Dates {

    private Dates() {
    }

    /** The date in {@code field}, refused when it lies before {@code earliest}. */
    static LocalDate notBefore(RecordFields fields, String field, LocalDate earliest) throws RecordRejected {
        LocalDate date = fields.date(field);
        if (date.isBefore(earliest)) {
            throw fields.invalid(field, date + " is before " + earliest);
        }
        return date;
    }

    /** Refuses a result dated after {@code today} (RESULT_DATE_IN_FUTURE): a result is sent once obtained. */
    static LocalDate notInFuture(String field, LocalDate date, LocalDate today) throws RecordRejected {
        if (date.isAfter(today)) {
            throw new RecordRejected(RejectionCode.RESULT_DATE_IN_FUTURE, field,
                    date + " is after today (" + today + "): a result is sent once it is obtained");
        }
        return date;
    }

    /** As {@link #notBefore}, for a field that may be absent (an open end): null then. */
    static LocalDate optionalNotBefore(RecordFields fields, String field, LocalDate earliest) throws RecordRejected {
        return fields.has(field) ? notBefore(fields, field, earliest) : null;
    }

    /** Refuses a date outside the school year: a journal entry never belongs to another year. */
    static void within(SchoolYear year, String field, LocalDate date) throws RecordRejected {
        if (!year.contains(date)) {
            throw new RecordRejected(RejectionCode.OUTSIDE_SCHOOL_YEAR, field,
                    date + " is outside the school year " + year.getName() + " (" + year.getStartsOn() + " – "
                            + year.getEndsOn() + ")");
        }
    }

    /**
     * Refuses a date outside the reporting period: outside its school year as {@link #within} does, inside the
     * year but outside the period as an invalid value.
     */
    static void within(AcademicPeriod period, String field, LocalDate date) throws RecordRejected {
        within(period.getSchoolYear(), field, date);
        if (!period.contains(date)) {
            throw new RecordRejected(RejectionCode.INVALID_VALUE, field,
                    date + " is outside the period «" + period.getName() + "» (" + period.getStartsOn() + " – "
                            + period.getEndsOn() + ")");
        }
    }
}
