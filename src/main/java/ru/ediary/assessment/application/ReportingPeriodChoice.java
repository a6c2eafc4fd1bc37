package ru.ediary.assessment.application;

/** A reporting period the staff's assessment pages can be switched to: «1 четверть 2026/2027». */
public record ReportingPeriodChoice(long id, String name, String kind, boolean finished) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public boolean isFinished() {
        return finished;
    }
}
