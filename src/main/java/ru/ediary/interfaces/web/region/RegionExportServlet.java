package ru.ediary.interfaces.web.region;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.interfaces.web.admin.ReportExport;
import ru.ediary.interfaces.web.admin.ReportTable;
import ru.ediary.reporting.application.RegionalReport;
import ru.ediary.reporting.application.RegionalReporting;
import ru.ediary.reporting.application.ReportingRefused;
import ru.ediary.reporting.model.PeriodRef;

/**
 * {@code /region/schools.xlsx?year=…&period=…&sort=…&dir=…}: «Школы региона» as an XLSX download, the same table in the
 * same order as the page with the same address. Under /region, so only REGION and SUPERUSER reach it (web.xml); the
 * reporting service audits the reads. A plain GET, like the paper extracts' file, so the link is a link.
 */
@WebServlet("/region/schools.xlsx")
public class RegionExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RegionalReporting reporting;

    @Inject
    AccountRegistry accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getUserPrincipal().getName();
        Long regionId = RegionScope.regionOf(accounts.holder(login).orElse(null));
        if (regionId == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PeriodRef period;
        try {
            period = RegionTexts.period(request.getParameter("period"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "period: KIND-NUMBER, e.g. QUARTER-2");
            return;
        }
        String year = request.getParameter("year");
        RegionTexts texts = RegionTexts.of(RegionScope.locale(request));
        ReportTable table;
        try {
            var schools = reporting.schools(login, request.getRemoteAddr(), regionId);
            RegionalReport report = reporting.schoolYearReport(login, request.getRemoteAddr(), regionId,
                    year == null || year.isBlank() ? null : year, period, null, false);
            table = RegionTable.of(schools, report, request.getParameter("sort"),
                    "desc".equals(request.getParameter("dir")), texts).export(texts, report);
        } catch (ReportingRefused refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, refused.getMessage());
            return;
        }
        byte[] file = ReportExport.xlsx(table);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.fileName() + ".xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
