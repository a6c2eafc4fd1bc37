package ru.ediary.importing.model;

import java.time.LocalDate;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolRecord;

/**
 * Resolves a field that names another record's {@code sourcedId} within the importing school. A reference to a
 * record eDiary does not hold — or holds as deleted — is refused with {@link RejectionCode#UNKNOWN_REFERENCE}.
 */
public interface References {

    School school();

    /** The school's date as the import runs: results dated after it, or grades of a period not begun, are refused. */
    LocalDate today();

    <T extends SchoolRecord> T require(RecordFields fields, String field, Class<T> type) throws RecordRejected;

    <T extends SchoolRecord> T optional(RecordFields fields, String field, Class<T> type) throws RecordRejected;

    /** The audience named by exactly one of the fields {@code class}, {@code group}, {@code plan}. */
    Audience audience(RecordFields fields) throws RecordRejected;
}
