package ru.ediary.importing.model;

import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;

/** Counts what eDiary holds of a kind, for reconciliation with the journal. */
public interface RecordCensus {

    /** A record as the journal knows it: its sourcedId and the version eDiary stores. */
    record Entry(String sourcedId, long version) {
    }

    /**
     * The active (not deleted) records of the kind, optionally only those of a period and/or a class; empty when
     * the kind cannot be narrowed that way.
     */
    Optional<List<Entry>> active(School school, RecordKind kind, AcademicPeriod period, SchoolClass schoolClass);
}
