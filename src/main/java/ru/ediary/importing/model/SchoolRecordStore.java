package ru.ediary.importing.model;

import java.util.Optional;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolRecord;

/** Where imported records live: looked up by the journal's sourcedId within one school, deleted ones included. */
public interface SchoolRecordStore {

    Optional<School> school(long schoolId);

    <T extends SchoolRecord> Optional<T> find(Class<T> type, School school, String sourcedId);

    Optional<ImportTombstone> tombstone(School school, RecordKind kind, String sourcedId);

    void add(SchoolRecord record);

    void add(ImportTombstone tombstone);
}
