package ru.ediary.assessment.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The regulation's deadline for a final grade or exam result: available to students and parents «не позднее трёх
 * дней» after the result. By default three calendar days (resultDate + 3); a school may count working days instead,
 * Monday to Friday outside its holidays (каникулы), so a result of Friday is due on Wednesday.
 */
public final class ResultDeadline {

    /** How many days the regulation gives. */
    public static final int DAYS = 3;

    private ResultDeadline() {
    }

    /**
     * The last day on which the result is on time.
     *
     * @param closedDays the school's holiday dates (only read when counting working days)
     */
    public static LocalDate of(LocalDate resultDate, boolean workingDays, Set<LocalDate> closedDays) {
        if (!workingDays) {
            return resultDate.plusDays(DAYS);
        }
        LocalDate day = resultDate;
        int counted = 0;
        while (counted < DAYS) {
            day = day.plusDays(1);
            if (isWorkingDay(day, closedDays)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> closedDays) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !closedDays.contains(day);
    }
}
