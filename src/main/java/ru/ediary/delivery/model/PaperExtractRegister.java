package ru.ediary.delivery.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register of issued extracts (table paper_extract). */
public interface PaperExtractRegister {

    /**
     * Waits for, then holds until the transaction ends, the school's numbering: two staff members printing at once
     * get consecutive numbers, not the same one.
     */
    void lockNumbering(long schoolId);

    /** The last number issued in the school and school year; 0 when none. */
    int lastSerial(long schoolId, int schoolYear);

    /** The extract already issued today for this student and stretch of days: a re-print gives it again. */
    Optional<PaperExtract> issued(long studentId, LocalDate from, LocalDate to, LocalDate issuedOn);

    /** The day of the student's latest extract issued before {@code day}. */
    Optional<LocalDate> lastIssueBefore(long studentId, LocalDate day);

    /** Registers new extracts; their ids are set when this returns. */
    void add(List<PaperExtract> extracts);

    Optional<PaperExtract> byId(long id);

    Optional<PaperExtract> byCode(String verificationCode);

    /** The school's register, latest first. */
    List<RegisterLine> ofSchool(long schoolId, int limit);
}
