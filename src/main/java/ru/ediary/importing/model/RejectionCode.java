package ru.ediary.importing.model;

/** Why a record was rejected; the exchange reports these codes to the journal. */
public enum RejectionCode {
    MISSING_SOURCED_ID,
    INVALID_VERSION,
    UNKNOWN_KIND,
    UNKNOWN_FIELD,
    MISSING_FIELD,
    INVALID_VALUE,
    UNKNOWN_REFERENCE,
    FOREIGN_SCHOOL,
    OUTSIDE_SCHOOL_YEAR,
    /** A final grade for a reporting period that has not started yet. */
    PERIOD_NOT_STARTED,
    /** A deferral whose deadline comes before its period's last day: it would defer nothing. */
    DEADLINE_BEFORE_PERIOD_END,
    /** A result (final grade, exam result) dated after today: a result is recorded once it is obtained. */
    RESULT_DATE_IN_FUTURE,
    STORAGE_FAILURE
}
