package ru.ediary.interfaces.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.reporting.application.RegionalReport;
import ru.ediary.reporting.application.RegionalReporting;
import ru.ediary.reporting.application.ReportingRefused;
import ru.ediary.reporting.model.PeriodRef;

/**
 * The authority's start page, «Школы региона»: every school of the region side by side for a school year and period
 * (by default the ones the reporting service picks: the running year, its latest ended period), ordered by a column,
 * the weakest качество знаний first. Everything is in the address ({@code ?year=…&period=…&sort=…&dir=…}), so the
 * page is a plain GET and the XLSX link repeats it.
 */
@Named
@RequestScoped
public class RegionSchoolsPage {

    @Inject
    RegionalReporting reporting;

    @Inject
    SignedIn signedIn;

    private String yearParam;
    private String periodParam;
    private String sort;
    private String dir;

    private List<String> years = List.of();
    private List<PeriodRef> periods = List.of();
    private RegionalReport report;
    private RegionTable table;
    private RegionTexts texts;

    public void load() {
        texts = RegionTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Long regionId = RegionScope.regionOf(signedIn.getAccount());
        if (regionId == null) {
            PageMessages.error("region.noRegion");
            return;
        }
        String login = signedIn.getLogin();
        String address = signedIn.remoteAddress();
        years = reporting.schoolYears(regionId);
        String year = yearParam == null || yearParam.isBlank() ? null : yearParam.trim();
        PeriodRef period;
        try {
            period = RegionTexts.period(periodParam);
        } catch (IllegalArgumentException e) {
            PageMessages.error("region.refused.INVALID_PERIOD");
            return;
        }
        if (year != null && period != null && !reporting.periods(regionId, year).contains(period)) {
            period = null; // another year was chosen with the period of the last one: take that year's default
        }
        try {
            var schools = reporting.schools(login, address, regionId);
            report = reporting.schoolYearReport(login, address, regionId, year, period, null, false);
            periods = reporting.periods(regionId, report.schoolYear());
            table = RegionTable.of(schools, report, sort, "desc".equals(dir), texts);
        } catch (ReportingRefused refused) {
            PageMessages.error("region.refused." + refused.code().name(), year == null ? "" : year);
            report = null;
        }
    }

    /** The address of the page ordered by {@code column}: the other direction when it is the order already. */
    public String sortLink(String column) {
        boolean descending = table != null && column.equals(table.getSort()) && !table.isDescending();
        return query("index.xhtml", column, descending);
    }

    /** «ascending»/«descending» for aria-sort on the ordered column, «none» on the others. */
    public String ariaSort(String column) {
        if (table == null || !column.equals(table.getSort())) {
            return "none";
        }
        return table.isDescending() ? "descending" : "ascending";
    }

    public String getXlsxLink() {
        return table == null ? "" : query("schools.xlsx", table.getSort(), table.isDescending());
    }

    private String query(String page, String column, boolean descending) {
        return page + "?year=" + encode(report.schoolYear()) + "&period=" + RegionTexts.param(report.period())
                + "&sort=" + column + "&dir=" + (descending ? "desc" : "asc");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String periodLabel(PeriodRef period) {
        return texts.period(period);
    }

    public String periodValue(PeriodRef period) {
        return RegionTexts.param(period);
    }

    public String day(java.time.LocalDate date) {
        return RegionTexts.day(date);
    }

    public String moment(java.time.Instant instant) {
        return texts.moment(instant);
    }

    public List<String> getColumns() {
        return RegionTable.COLUMNS;
    }

    public List<String> getYears() {
        return years;
    }

    public List<PeriodRef> getPeriods() {
        return periods;
    }

    public RegionalReport getReport() {
        return report;
    }

    public RegionTable getTable() {
        return table;
    }

    public String getSelectedPeriod() {
        return report == null ? null : RegionTexts.param(report.period());
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public String getPeriodParam() {
        return periodParam;
    }

    public void setPeriodParam(String periodParam) {
        this.periodParam = periodParam;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
