package ru.ediary.importing.model;

/** A record cannot be applied; nothing of it is written. The message names the field and the problem. */
public class RecordRejected extends Exception {

    private final RejectionCode code;
    private final String field;

    public RecordRejected(RejectionCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public RejectionCode code() {
        return code;
    }

    /** The offending field, or null when the record as a whole is at fault. */
    public String field() {
        return field;
    }
}
