package ru.ediary.importing.model;

import ru.ediary.school.model.SchoolRecord;

/**
 * A journal record was created or updated by an import, fired synchronously inside the transaction that wrote it:
 * whatever an observer writes (the notification outbox) commits or rolls back with the record itself.
 */
public record RecordChanged(RecordKind kind, ImportOutcome outcome, SchoolRecord record) {
}
