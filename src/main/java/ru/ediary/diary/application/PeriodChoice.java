package ru.ediary.diary.application;

import java.time.LocalDate;

/** A reporting period a page can be switched to: «2 четверть», «Учебный год». */
public record PeriodChoice(long id, String name, String kind, LocalDate startsOn, LocalDate endsOn, boolean finished) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isFinished() {
        return finished;
    }
}
