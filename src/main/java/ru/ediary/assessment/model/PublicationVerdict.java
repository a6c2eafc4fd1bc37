package ru.ediary.assessment.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The 3-day rule applied to one result: on time when it became visible by the end of its deadline day (school
 * time); late by the number of days after it; not yet visible: at risk when the deadline is today or tomorrow,
 * overdue once the deadline day is over, waiting before that. A late or not yet visible result names its cause:
 * arrived late when its first import came after the deadline day, held back in eDiary otherwise.
 *
 * @param daysLate for a late result the days between the deadline and the day it became visible, for an overdue
 *                 one the days from the deadline to today; 0 otherwise
 * @param cause null for a result on time or waiting
 */
public record PublicationVerdict(LocalDate deadline, PublicationState state, int daysLate, PublicationCause cause) {

    public static PublicationVerdict judge(LocalDate deadline, Instant firstImportedAt, Instant visibleAt,
                                           Instant now, ZoneId zone) {
        Instant deadlineOver = deadline.plusDays(1).atStartOfDay(zone).toInstant();
        PublicationCause cause = firstImportedAt.isBefore(deadlineOver) ? PublicationCause.HELD_BACK
                : PublicationCause.ARRIVED_LATE;
        if (visibleAt != null) {
            if (visibleAt.isBefore(deadlineOver)) {
                return new PublicationVerdict(deadline, PublicationState.ON_TIME, 0, null);
            }
            return new PublicationVerdict(deadline, PublicationState.LATE, daysAfter(deadline, visibleAt, zone),
                    cause);
        }
        if (!now.isBefore(deadlineOver)) {
            return new PublicationVerdict(deadline, PublicationState.OVERDUE, daysAfter(deadline, now, zone), cause);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        return !deadline.isAfter(today.plusDays(1))
                ? new PublicationVerdict(deadline, PublicationState.AT_RISK, 0, cause)
                : new PublicationVerdict(deadline, PublicationState.WAITING, 0, null);
    }

    private static int daysAfter(LocalDate deadline, Instant moment, ZoneId zone) {
        return (int) ChronoUnit.DAYS.between(deadline, LocalDate.ofInstant(moment, zone));
    }
}
