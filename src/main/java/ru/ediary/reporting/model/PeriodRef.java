package ru.ediary.reporting.model;

import ru.ediary.school.model.PeriodKind;

/**
 * A reporting period named the same way in every school of a region: its kind and its number within the school year
 * («2-я четверть» is QUARTER 2; the year is YEAR 1). Each school's own period of that kind and number is meant; a
 * class assessed by another kind of period has no results in it.
 */
public record PeriodRef(PeriodKind kind, int number) {

    public PeriodRef {
        int most = switch (kind) {
            case QUARTER -> 4;
            case TRIMESTER -> 3;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        if (number < 1 || number > most) {
            throw new IllegalArgumentException("a school year has no " + kind + " " + number + " (1–" + most + ")");
        }
    }
}
