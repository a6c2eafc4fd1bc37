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
    STORAGE_FAILURE
}
