package ru.ediary.delivery.application;

import java.time.LocalDate;

/**
 * What {@code /verify/<code>} may say about a document: whether it is registered, the school, the number and the date
 * of issue, and whether the kept file still matches its SHA-256. Never a name or a mark: the page is public.
 */
public record ExtractVerdict(boolean found, String schoolName, String number, LocalDate issuedOn, boolean genuine) {

    static final ExtractVerdict NOT_FOUND = new ExtractVerdict(false, null, null, null, false);

    /** For Faces pages: Expression Language 5 does not read record components. */
    public boolean isFound() {
        return found;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public boolean isGenuine() {
        return genuine;
    }
}
