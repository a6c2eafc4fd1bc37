package ru.ediary.importing.model;

/** A whole batch (or request) is refused before anything of it is applied. The code goes to the journal. */
public class BatchRefused extends Exception {

    public enum Code { BATCH_TOO_LARGE, BATCH_IN_PROGRESS, UNKNOWN_BATCH, INVALID_FILTER }

    private final Code code;

    public BatchRefused(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
