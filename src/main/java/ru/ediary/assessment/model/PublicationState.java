package ru.ediary.assessment.model;

/** Where a result stands against the 3-day publication rule. */
public enum PublicationState {
    /** Visible to the student and every consenting guardian by the end of the deadline day. */
    ON_TIME,
    /** Visible, but after the deadline day. */
    LATE,
    /** Not visible yet and the deadline is today or tomorrow: the office still has time to act. */
    AT_RISK,
    /** Not visible yet, the deadline further away. */
    WAITING,
    /** Not visible and the deadline day is over. */
    OVERDUE;

    /** Needs the office's attention (listed one by one on the page and in the start page's alert). */
    public boolean isTrouble() {
        return this == LATE || this == AT_RISK || this == OVERDUE;
    }
}
