package ru.ediary.importing.model;

import java.util.function.Consumer;
import ru.ediary.school.model.SchoolRecord;

/**
 * Reads the fields of one kind of record and checks them — every reference resolved, every rule held — before
 * anything is written. What it returns only sets the checked values on the entity, so a rejected record
 * never leaves a partial row.
 */
public interface RecordReader<T extends SchoolRecord> {

    RecordKind kind();

    T newEntity();

    Consumer<T> read(RecordFields fields, References references) throws RecordRejected;
}
