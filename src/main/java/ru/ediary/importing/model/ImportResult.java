package ru.ediary.importing.model;

/** The receipt line of one record. {@code code} and {@code message} are set only when rejected. */
public record ImportResult(RecordKind kind, String sourcedId, ImportOutcome outcome, RejectionCode code,
                           String field, String message) {

    public static ImportResult of(SourcedRecord record, ImportOutcome outcome) {
        return new ImportResult(record.kind(), record.sourcedId(), outcome, null, null, null);
    }

    public static ImportResult rejected(SourcedRecord record, RecordRejected why) {
        return new ImportResult(record.kind(), record.sourcedId(), ImportOutcome.REJECTED, why.code(), why.field(),
                record.describe() + (why.field() == null ? "" : ", field «" + why.field() + "»") + ": "
                        + why.getMessage());
    }

    public boolean isRejected() {
        return outcome == ImportOutcome.REJECTED;
    }
}
