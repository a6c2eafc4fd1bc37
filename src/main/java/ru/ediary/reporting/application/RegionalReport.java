package ru.ediary.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ediary.reporting.model.PeriodRef;

/**
 * The school-year report of a region (or of one of its schools) for one period: every school side by side and the
 * region's total, depersonalised.
 *
 * @param startsOn the earliest start of the period among the schools, {@code endsOn} the latest end
 */
public record RegionalReport(String regionName, String schoolYear, PeriodRef period, LocalDate startsOn,
                             LocalDate endsOn, Instant generatedAt, List<SchoolReport> schools, SchoolReport total) {

    public String getRegionName() { return regionName; }
    public String getSchoolYear() { return schoolYear; }
    public PeriodRef getPeriod() { return period; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public Instant getGeneratedAt() { return generatedAt; }
    public List<SchoolReport> getSchools() { return schools; }
    public SchoolReport getTotal() { return total; }
}
