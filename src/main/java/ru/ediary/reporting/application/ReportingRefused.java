package ru.ediary.reporting.application;

/** A regional request that cannot be answered as asked, with a code the contract names. Nothing was read. */
public class ReportingRefused extends Exception {

    public enum Code {
        UNKNOWN_SCHOOL, FOREIGN_SCHOOL, UNKNOWN_SCHOOL_YEAR, INVALID_PERIOD, INVALID_RANGE
    }

    private final Code code;

    public ReportingRefused(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
