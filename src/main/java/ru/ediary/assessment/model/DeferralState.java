package ru.ediary.assessment.model;

import java.time.LocalDate;

/**
 * Where a deferral stands (DESIGN §5): it stands in for the final grade until its deadline (the deadline day
 * included); a grade in the same student, subject and period closes it; past the deadline without a grade it is
 * overdue, and an overdue deferral is a gap.
 */
public enum DeferralState {
    ACTIVE, OVERDUE, CLOSED;

    /**
     * @param deadline the deferral's deadline
     * @param gradedOn the result date of the grade given since, or null while there is none
     * @param today    the school's date
     */
    public static DeferralState of(LocalDate deadline, LocalDate gradedOn, LocalDate today) {
        if (gradedOn != null) {
            return CLOSED;
        }
        return deadline.isBefore(today) ? OVERDUE : ACTIVE;
    }
}
