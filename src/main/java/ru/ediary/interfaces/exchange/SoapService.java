package ru.ediary.interfaces.exchange;

import ru.ediary.identity.model.Role;

/**
 * The SOAP services eDiary serves, each from its own contract in wsdl/, and what each asks of a caller: the journal
 * exchange a journal account bound to a school, regional reporting a regional authority's account bound to a region.
 * {@link ExchangeGate} and {@link ServiceGuard} do the same checks for both, in the terms of each contract.
 */
enum SoapService {

    JOURNAL_EXCHANGE("/exchange/", "urn:ru:ediary:exchange:journal:1", "exchangeFault",
            "/WEB-INF/wsdl/journal-exchange.xsd", Role.JOURNAL, "Обмен с электронным журналом",
            "Этот адрес принимает сообщения SOAP методом POST от электронного журнала школы."),

    REGIONAL_REPORTING("/regional/", "urn:ru:ediary:reporting:regional:1", "reportingFault",
            "/WEB-INF/wsdl/regional-reporting.xsd", Role.REGION, "Отчётность для органа управления образованием",
            "Этот адрес отвечает на запросы SOAP (методом POST) органа управления образованием региона:"
                    + " обезличенные сводные показатели школ.");

    /** Where the gate leaves the authenticated caller for the guard and the endpoint. */
    static final String CALLER = "ru.ediary.soap.caller";

    final String pathPrefix;
    final String namespace;
    final String faultElement;
    final String schema;
    final Role role;
    final String title;
    final String purpose;

    SoapService(String pathPrefix, String namespace, String faultElement, String schema, Role role, String title,
                String purpose) {
        this.pathPrefix = pathPrefix;
        this.namespace = namespace;
        this.faultElement = faultElement;
        this.schema = schema;
        this.role = role;
        this.title = title;
        this.purpose = purpose;
    }

    /** The service a request path belongs to (the gate is mapped to these paths only). */
    static SoapService at(String servletPath) {
        for (SoapService service : values()) {
            if (servletPath.startsWith(service.pathPrefix)) {
                return service;
            }
        }
        throw new IllegalArgumentException("no SOAP service at " + servletPath);
    }
}
