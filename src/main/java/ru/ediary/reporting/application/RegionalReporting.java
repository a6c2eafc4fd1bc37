package ru.ediary.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.reporting.application.ReportingRefused.Code;
import ru.ediary.reporting.model.Indicator;
import ru.ediary.reporting.model.PeriodRef;
import ru.ediary.reporting.model.Published;
import ru.ediary.reporting.model.RegionalFigures;
import ru.ediary.reporting.model.RegionalFigures.PeriodRow;
import ru.ediary.reporting.model.RegionalFigures.Region;
import ru.ediary.reporting.model.RegionalFigures.SchoolRow;
import ru.ediary.school.model.PeriodKind;

/**
 * The regional education authority's view of its schools: the list of schools, a school year's report for one
 * period, and indicators over time. Everything is computed over the whole region at once, so that the suppression of
 * small cells ({@link ru.ediary.reporting.model.SmallCells}) is the same whichever school or detail is asked for —
 * two answers can never be combined to uncover what one of them hides. Every call is written to the audit log.
 */
@ApplicationScoped
public class RegionalReporting {

    /** The longest range of an indicator series. */
    static final int MOST_YEARS = 12;

    @Inject
    RegionalFigures figures;

    @Inject
    SchoolYearFigures schoolFigures;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The region's name and its schools, by name. */
    @Transactional
    public SchoolList schools(String actor, String remoteAddress, long regionId) {
        Region region = region(regionId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> classes = figures.classes(regionId, today);
        Map<Long, Long> students = figures.students(regionId);
        var batches = figures.lastBatches(regionId);
        List<SchoolCard> cards = figures.schools(regionId).stream()
                .map(s -> new SchoolCard(s.code(), s.name(), s.shortName(), s.level(), s.address(),
                        classes.getOrDefault(s.id(), 0L), students.getOrDefault(s.id(), 0L), batches.get(s.id())))
                .toList();
        audit.record(actor, "REGION_REPORT", null, "region:" + region.code(), "listSchools", remoteAddress);
        return new SchoolList(region.name(), cards);
    }

    /** The region's name and its schools. */
    public record SchoolList(String regionName, List<SchoolCard> schools) {
    }

    /** The school years the region's schools have, latest first. */
    @Transactional
    public List<String> schoolYears(long regionId) {
        return figures.periods(regionId).stream().sorted(Comparator.comparing(PeriodRow::yearStartsOn).reversed())
                .map(PeriodRow::yearName).distinct().toList();
    }

    /** The periods of a school year in the region's schools, in time order. */
    @Transactional
    public List<PeriodRef> periods(long regionId, String schoolYear) {
        return figures.periods(regionId).stream().filter(p -> p.yearName().equals(schoolYear))
                .sorted(Comparator.comparing(PeriodRow::endsOn).thenComparing(PeriodRow::startsOn))
                .map(PeriodRow::ref).distinct().toList();
    }

    /**
     * The report of a school year's period: every school of the region (or the one named) and their total.
     *
     * @param schoolYear null: the year running today
     * @param period     null: the most recent period that has ended (see {@link #defaultPeriod})
     * @param schoolCode null: every school
     * @param detail     per grade level and subject as well
     */
    @Transactional
    public RegionalReport schoolYearReport(String actor, String remoteAddress, long regionId, String schoolYear,
                                           PeriodRef period, String schoolCode, boolean detail)
            throws ReportingRefused {
        try {
            return report(actor, remoteAddress, regionId, schoolYear, period, schoolCode, detail);
        } catch (ReportingRefused refused) {
            refusal(actor, remoteAddress, regionId, "getSchoolYearReport schoolYear=" + schoolYear + " period="
                    + (period == null ? null : period.kind() + "-" + period.number()) + " school=" + schoolCode
                    + " detail=" + detail, refused);
            throw refused;
        }
    }

    private RegionalReport report(String actor, String remoteAddress, long regionId, String schoolYear,
                                  PeriodRef period, String schoolCode, boolean detail) throws ReportingRefused {
        Region region = region(regionId);
        checkSchool(regionId, schoolCode);
        List<PeriodRow> all = figures.periods(regionId);
        String year = schoolYear != null ? schoolYear : currentYear(all);
        List<PeriodRow> ofYear = all.stream().filter(p -> p.yearName().equals(year)).toList();
        if (ofYear.isEmpty()) {
            throw new ReportingRefused(Code.UNKNOWN_SCHOOL_YEAR, "no school of the region has the school year " + year);
        }
        PeriodRef ref = period != null ? period : defaultPeriod(ofYear, LocalDate.now(clock));
        List<PeriodRow> chosen = ofYear.stream().filter(p -> p.ref().equals(ref)).toList();
        if (chosen.isEmpty()) {
            throw new ReportingRefused(Code.INVALID_PERIOD, "no school of the region has " + ref.kind() + " "
                    + ref.number() + " in the school year " + year);
        }
        List<SchoolRow> schools = figures.schools(regionId);
        SchoolYearFigures.Reports reports = schoolFigures.of(region, schools, chosen);
        List<SchoolReport> lines = reports.schools().stream()
                .filter(r -> schoolCode == null || r.code().equals(schoolCode))
                .map(r -> detail ? r : r.withoutDetail()).toList();
        SchoolReport total = schoolCode == null ? reports.total() : lines.get(0).asTotal();
        audit.record(actor, "REGION_REPORT", null, "region:" + region.code(), "getSchoolYearReport schoolYear=" + year
                + " period=" + ref.kind() + "-" + ref.number() + " school=" + Objects.toString(schoolCode, "*")
                + " detail=" + detail, remoteAddress);
        return new RegionalReport(region.name(), year, ref,
                chosen.stream().map(PeriodRow::startsOn).min(Comparator.naturalOrder()).orElseThrow(),
                chosen.stream().map(PeriodRow::endsOn).max(Comparator.naturalOrder()).orElseThrow(),
                clock.instant(), lines, detail || schoolCode != null ? total : total.withoutDetail());
    }

    /**
     * One indicator for every period that ended {@code from}–{@code to} in the region's schools, for the region or
     * one school, suppressed where the report of that period suppresses it.
     */
    @Transactional
    public List<IndicatorPoint> indicatorSeries(String actor, String remoteAddress, long regionId,
                                                Indicator indicator, LocalDate from, LocalDate to, String schoolCode)
            throws ReportingRefused {
        try {
            return series(actor, remoteAddress, regionId, indicator, from, to, schoolCode);
        } catch (ReportingRefused refused) {
            refusal(actor, remoteAddress, regionId, "getIndicatorSeries indicator=" + indicator + " from=" + from
                    + " to=" + to + " school=" + schoolCode, refused);
            throw refused;
        }
    }

    private List<IndicatorPoint> series(String actor, String remoteAddress, long regionId, Indicator indicator,
                                        LocalDate from, LocalDate to, String schoolCode) throws ReportingRefused {
        Region region = region(regionId);
        if (from.isAfter(to) || ChronoUnit.YEARS.between(from, to) >= MOST_YEARS) {
            throw new ReportingRefused(Code.INVALID_RANGE, "from must not be after to, and the range at most "
                    + MOST_YEARS + " years: " + from + " – " + to);
        }
        checkSchool(regionId, schoolCode);
        List<SchoolRow> schools = figures.schools(regionId);
        Map<String, List<PeriodRow>> byPeriod = figures.periods(regionId).stream()
                .filter(p -> !p.endsOn().isBefore(from) && !p.endsOn().isAfter(to))
                .sorted(Comparator.comparing(PeriodRow::endsOn).thenComparing(PeriodRow::startsOn))
                .collect(Collectors.groupingBy(p -> p.yearName() + " " + p.kind() + " " + p.ordinal(),
                        LinkedHashMap::new, Collectors.toList()));
        List<IndicatorPoint> points = new ArrayList<>();
        for (List<PeriodRow> rows : byPeriod.values()) {
            SchoolYearFigures.ResultTree tree = schoolFigures.results(schools, rows);
            Published<ResultDistribution> results;
            if (schoolCode == null) {
                results = tree.total();
            } else {
                long schoolId = schools.stream().filter(s -> s.code().equals(schoolCode)).findFirst()
                        .orElseThrow().id();
                if (rows.stream().noneMatch(r -> r.schoolId() == schoolId)) {
                    continue; // the school has no such period
                }
                results = tree.schools().getOrDefault(schoolId, Published.suppressed());
            }
            PeriodRow first = rows.get(0);
            points.add(new IndicatorPoint(first.yearName(), first.ref(),
                    rows.stream().map(PeriodRow::startsOn).min(Comparator.naturalOrder()).orElseThrow(),
                    rows.stream().map(PeriodRow::endsOn).max(Comparator.naturalOrder()).orElseThrow(),
                    results.figures().flatMap(indicator::of).orElse(null), results.isSuppressed()));
        }
        audit.record(actor, "REGION_REPORT", null, "region:" + region.code(), "getIndicatorSeries indicator="
                + indicator + " from=" + from + " to=" + to + " school=" + Objects.toString(schoolCode, "*"),
                remoteAddress);
        return points;
    }

    /**
     * The most recent period of the year that has ended by {@code today}: the year itself once it has ended,
     * otherwise the latest ended quarter, trimester or half-year, otherwise the year's first period.
     */
    static PeriodRef defaultPeriod(Collection<PeriodRow> ofYear, LocalDate today) {
        Predicate<PeriodRow> ended = p -> p.endsOn().isBefore(today);
        Optional<PeriodRow> year = ofYear.stream().filter(p -> p.kind() == PeriodKind.YEAR).filter(ended).findAny();
        if (year.isPresent()) {
            return year.get().ref();
        }
        return ofYear.stream().filter(p -> p.kind() != PeriodKind.YEAR).filter(ended)
                .max(Comparator.comparing(PeriodRow::endsOn))
                .or(() -> ofYear.stream().min(Comparator.comparing(PeriodRow::startsOn)
                        .thenComparing(PeriodRow::endsOn)))
                .orElseThrow().ref();
    }

    /** The school year running today in the region's schools; else the latest begun; else the first. */
    private String currentYear(List<PeriodRow> periods) throws ReportingRefused {
        LocalDate today = LocalDate.now(clock);
        return periods.stream().filter(p -> !p.yearStartsOn().isAfter(today) && !p.yearEndsOn().isBefore(today))
                .map(PeriodRow::yearName).findFirst()
                .or(() -> periods.stream().filter(p -> !p.yearStartsOn().isAfter(today))
                        .max(Comparator.comparing(PeriodRow::yearStartsOn)).map(PeriodRow::yearName))
                .or(() -> periods.stream().min(Comparator.comparing(PeriodRow::yearStartsOn))
                        .map(PeriodRow::yearName))
                .orElseThrow(() -> new ReportingRefused(Code.UNKNOWN_SCHOOL_YEAR,
                        "no school of the region has a school year yet"));
    }

    private void checkSchool(long regionId, String schoolCode) throws ReportingRefused {
        if (schoolCode == null) {
            return;
        }
        long owner = figures.regionOfSchool(schoolCode).orElseThrow(() -> new ReportingRefused(Code.UNKNOWN_SCHOOL,
                "there is no school with the code " + schoolCode));
        if (owner != regionId) {
            throw new ReportingRefused(Code.FOREIGN_SCHOOL, "the school " + schoolCode + " is of another region");
        }
    }

    /** A refused call is a call too: in the audit log with what was asked and why it was refused. */
    private void refusal(String actor, String remoteAddress, long regionId, String call, ReportingRefused refused) {
        audit.record(actor, "REGION_REPORT_REFUSED", null, "region:" + region(regionId).code(),
                call + " refused " + refused.code(), remoteAddress);
    }

    private Region region(long regionId) {
        return figures.region(regionId).orElseThrow(() -> new IllegalStateException(
                "the account is bound to region " + regionId + ", which does not exist"));
    }

}
