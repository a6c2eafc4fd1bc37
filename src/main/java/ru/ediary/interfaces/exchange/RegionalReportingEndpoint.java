package ru.ediary.interfaces.exchange;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import ru.ediary.interfaces.regional.contract.GetIndicatorSeries;
import ru.ediary.interfaces.regional.contract.GetIndicatorSeriesResponse;
import ru.ediary.interfaces.regional.contract.GetSchoolYearReport;
import ru.ediary.interfaces.regional.contract.GetSchoolYearReportResponse;
import ru.ediary.interfaces.regional.contract.ListSchools;
import ru.ediary.interfaces.regional.contract.ListSchoolsResponse;
import ru.ediary.interfaces.regional.contract.RegionalReporting;
import ru.ediary.interfaces.regional.contract.ReportingFault;
import ru.ediary.interfaces.regional.contract.ReportingFaultDetail;
import ru.ediary.reporting.application.RegionalReporting.SchoolList;
import ru.ediary.reporting.application.ReportingRefused;
import ru.ediary.reporting.model.Indicator;
import ru.ediary.reporting.model.PeriodRef;
import ru.ediary.school.model.PeriodKind;

/**
 * Regional reporting (wsdl/regional-reporting.wsdl) at /regional/RegionalReporting. {@link ExchangeGate} has
 * authenticated the authority's account and {@link RegionalAccountHandler} validated the message before a method
 * here runs; the figures, their suppression and the audit of every call are the application's
 * ({@link ru.ediary.reporting.application.RegionalReporting}).
 */
@WebService(serviceName = "RegionalReportingService", portName = "RegionalReportingPort",
        targetNamespace = "urn:ru:ediary:reporting:regional:1",
        endpointInterface = "ru.ediary.interfaces.regional.contract.RegionalReporting",
        wsdlLocation = "WEB-INF/wsdl/regional-reporting.wsdl")
@HandlerChain(file = "regional-reporting-handlers.xml")
public class RegionalReportingEndpoint implements RegionalReporting {

    @Resource
    WebServiceContext context;

    @Inject
    ru.ediary.reporting.application.RegionalReporting reporting;

    @Override
    public ListSchoolsResponse listSchools(ListSchools request) {
        RegionalCaller caller = caller();
        SchoolList list = reporting.schools(caller.login(), remoteAddress(), caller.regionId());
        ListSchoolsResponse response = new ListSchoolsResponse();
        response.setRegionName(list.regionName());
        list.schools().forEach(s -> response.getSchool().add(RegionalMapping.card(s)));
        return response;
    }

    @Override
    public GetSchoolYearReportResponse getSchoolYearReport(GetSchoolYearReport request) throws ReportingFault {
        RegionalCaller caller = caller();
        try {
            GetSchoolYearReportResponse response = new GetSchoolYearReportResponse();
            response.setReport(RegionalMapping.report(reporting.schoolYearReport(caller.login(), remoteAddress(),
                    caller.regionId(), request.getSchoolYear(), period(request.getPeriod()), request.getSchool(),
                    Boolean.TRUE.equals(request.isDetail()))));
            return response;
        } catch (ReportingRefused refused) {
            throw fault(refused.code().name(), refused.getMessage());
        }
    }

    @Override
    public GetIndicatorSeriesResponse getIndicatorSeries(GetIndicatorSeries request) throws ReportingFault {
        RegionalCaller caller = caller();
        Indicator indicator = Indicator.valueOf(request.getIndicator().name());
        try {
            GetIndicatorSeriesResponse response = new GetIndicatorSeriesResponse();
            response.setIndicator(request.getIndicator());
            response.setSchool(request.getSchool());
            reporting.indicatorSeries(caller.login(), remoteAddress(), caller.regionId(), indicator,
                            XmlTime.localDate(request.getFrom()), XmlTime.localDate(request.getTo()),
                            request.getSchool())
                    .forEach(p -> response.getPoint().add(RegionalMapping.point(p)));
            return response;
        } catch (ReportingRefused refused) {
            throw fault(refused.code().name(), refused.getMessage());
        }
    }

    private static PeriodRef period(ru.ediary.interfaces.regional.contract.PeriodRef period) throws ReportingFault {
        if (period == null) {
            return null;
        }
        try {
            return new PeriodRef(PeriodKind.valueOf(period.getKind().name()), period.getNumber());
        } catch (IllegalArgumentException noSuchPeriod) {
            throw fault(ReportingRefused.Code.INVALID_PERIOD.name(), noSuchPeriod.getMessage());
        }
    }

    private RegionalCaller caller() {
        return (RegionalCaller) context.getMessageContext().get(SoapService.CALLER);
    }

    private String remoteAddress() {
        return ((HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST)).getRemoteAddr();
    }

    private static ReportingFault fault(String code, String message) {
        ReportingFaultDetail detail = new ReportingFaultDetail();
        detail.setCode(code);
        detail.setMessage(message);
        return new ReportingFault(code + ": " + message, detail);
    }
}
