package ru.ediary.importing.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.ImportTombstone;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.school.model.SchoolRecord;

/**
 * The import semantics of DESIGN §4 for one record: upsert by sourcedId, an older (or equal) version changes
 * nothing, deletes are tombstones that a stale replay cannot undo, and a record is either applied whole or
 * rejected with nothing written. Free of transactions and JPA, so it is unit-tested as it is.
 */
final class RecordApplication {

    static final int MAX_SOURCED_ID_LENGTH = 64;

    private final Map<RecordKind, RecordReader<?>> readers;
    private final Clock clock;

    RecordApplication(Map<RecordKind, RecordReader<?>> readers, Clock clock) {
        this.readers = readers;
        this.clock = clock;
    }

    ImportResult apply(ImportContext context, SourcedRecord record) {
        try {
            return ImportResult.of(record, applyChecked(context, record));
        } catch (RecordRejected rejected) {
            return ImportResult.rejected(record, rejected);
        }
    }

    private ImportOutcome applyChecked(ImportContext context, SourcedRecord record) throws RecordRejected {
        checkEnvelope(context, record);
        RecordReader<?> reader = readers.get(record.kind());
        if (reader == null) {
            throw new RecordRejected(RejectionCode.UNKNOWN_KIND, null, "eDiary cannot take this kind of record");
        }
        Optional<? extends SchoolRecord> existing = context.find(record.kind().entityType(), record.sourcedId());
        if (existing.isPresent()) {
            return existing.get().getSourceVersion() >= record.version()
                    ? ImportOutcome.UNCHANGED : update(context, existing.get(), record, reader);
        }
        Optional<ImportTombstone> tombstone = context.tombstone(record.kind(), record.sourcedId());
        if (tombstone.isPresent() && tombstone.get().getSourceVersion() >= record.version()) {
            return ImportOutcome.UNCHANGED;
        }
        if (record.deleted()) {
            if (tombstone.isPresent()) {
                tombstone.get().raise(record.version(), clock.instant());
            } else {
                context.buried(record.kind(), record.sourcedId(), new ImportTombstone(context.school().getId(), record.kind(), record.sourcedId(),
                        record.version(), clock.instant()));
            }
            return ImportOutcome.UNCHANGED;
        }
        return create(context, record, reader);
    }

    private void checkEnvelope(ImportContext context, SourcedRecord record) throws RecordRejected {
        String sourcedId = record.sourcedId();
        if (sourcedId == null || sourcedId.isBlank()) {
            throw new RecordRejected(RejectionCode.MISSING_SOURCED_ID, "sourcedId", "every record needs its sourcedId");
        }
        if (sourcedId.length() > MAX_SOURCED_ID_LENGTH || !sourcedId.equals(sourcedId.strip())
                || sourcedId.chars().anyMatch(Character::isISOControl)) {
            throw new RecordRejected(RejectionCode.INVALID_VALUE, "sourcedId",
                    "a sourcedId is up to " + MAX_SOURCED_ID_LENGTH
                            + " printable characters without surrounding spaces");
        }
        if (record.version() < 0) {
            throw new RecordRejected(RejectionCode.INVALID_VERSION, "version", "a version cannot be negative");
        }
        if (record.schoolCode() != null && !record.schoolCode().equals(context.school().getCode())) {
            throw new RecordRejected(RejectionCode.FOREIGN_SCHOOL, null,
                    "the record belongs to school " + record.schoolCode() + ", not to " + context.school().getCode());
        }
    }

    private <T extends SchoolRecord> ImportOutcome create(ImportContext context, SourcedRecord record,
                                                          RecordReader<T> reader) throws RecordRejected {
        Consumer<T> definition = reader.read(RecordFields.checked(record), context);
        T entity = reader.newEntity();
        entity.identify(context.school(), record.sourcedId());
        definition.accept(entity);
        entity.stamp(record.version(), false, clock.instant());
        context.created(entity);
        return ImportOutcome.CREATED;
    }

    @SuppressWarnings("unchecked")
    private <T extends SchoolRecord> ImportOutcome update(ImportContext context, SchoolRecord existing,
                                                          SourcedRecord record, RecordReader<T> reader)
            throws RecordRejected {
        if (record.deleted()) {
            existing.stamp(record.version(), true, clock.instant());
            return ImportOutcome.UPDATED;
        }
        Consumer<T> definition = reader.read(RecordFields.checked(record), context);
        definition.accept((T) existing);
        existing.stamp(record.version(), false, clock.instant());
        return ImportOutcome.UPDATED;
    }
}
