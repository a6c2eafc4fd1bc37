package ru.ediary.reporting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.ediary.reporting.model.PeriodRef;

/**
 * One indicator for one period; {@code value} is null when the figure is suppressed ({@code suppressed}) or when
 * there is nothing to compute it from (no results yet).
 */
public record IndicatorPoint(String schoolYear, PeriodRef period, LocalDate startsOn, LocalDate endsOn,
                             BigDecimal value, boolean suppressed) {

    public String getSchoolYear() { return schoolYear; }
    public PeriodRef getPeriod() { return period; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public BigDecimal getValue() { return value; }
    public boolean isSuppressed() { return suppressed; }
}
