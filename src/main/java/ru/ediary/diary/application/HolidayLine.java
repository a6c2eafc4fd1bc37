package ru.ediary.diary.application;

import java.time.LocalDate;

/** Каникулы or a public holiday; {@code days} its length in calendar days. */
public record HolidayLine(String name, LocalDate startsOn, LocalDate endsOn, long days, boolean current, boolean past) {

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getDays() {
        return days;
    }

    public boolean isCurrent() {
        return current;
    }

    public boolean isPast() {
        return past;
    }
}
