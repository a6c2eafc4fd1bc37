package ru.ediary.delivery.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The extracts issued to these students on {@code issuedOn}, oldest first: a re-print gives them again. */
    List<PaperExtract> issuedOn(Collection<Long> studentIds, LocalDate issuedOn);

    /** The day of each student's latest extract issued before {@code day}; students with none are left out. */
    Map<Long, LocalDate> lastIssuesBefore(Collection<Long> studentIds, LocalDate day);

    /** Registers new extracts; their ids are set when this returns. */
    void add(List<PaperExtract> extracts);

    Optional<PaperExtract> byId(long id);

    Optional<PaperExtract> byCode(String verificationCode);

    /** The school's register, latest first. */
    List<RegisterLine> ofSchool(long schoolId, int limit);
}
