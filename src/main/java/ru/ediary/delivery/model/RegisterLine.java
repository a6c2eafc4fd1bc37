package ru.ediary.delivery.model;

import java.time.LocalDate;

/** A line of the register of issued extracts as staff read it (the file itself is not loaded for the list). */
public record RegisterLine(long id, int schoolYear, int serialNo, String studentName, String className,
                           String guardianNames, String periodLabel, String issuedBy,
                           LocalDate issuedOn, String sha256) implements java.io.Serializable {

    public String number() {
        return new ExtractNumber(schoolYear, serialNo).label();
    }

    /** For Faces pages: Expression Language 5 does not read record components. */
    public long getId() {
        return id;
    }

    public String getNumber() {
        return number();
    }

    public String getStudentName() {
        return studentName;
    }

    public String getClassName() {
        return className;
    }

    public String getGuardianNames() {
        return guardianNames;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSha256() {
        return sha256;
    }
}
