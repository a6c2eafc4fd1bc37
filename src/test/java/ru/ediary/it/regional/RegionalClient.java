package ru.ediary.it.regional;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import javax.xml.namespace.QName;
import ru.ediary.interfaces.regional.contract.RegionalReporting;
import ru.ediary.interfaces.regional.contract.RegionalReportingService;
import ru.ediary.simulator.UsernameToken;

/** A client of regional reporting generated from its WSDL (JDK Metro runtime), as the authority's software uses it. */
final class RegionalClient {

    static final String NS = "urn:ru:ediary:reporting:regional:1";

    private RegionalClient() {
    }

    /**
     * A port signed in as {@code login}, the WSDL read from the running server; {@code handlers} see every message
     * after the UsernameToken is added (and every answer as it came).
     */
    @SuppressWarnings("rawtypes")
    static RegionalReporting port(URL base, String login, String password, Handler... handlers) {
        try {
            URL endpoint = new URL(base, "regional/RegionalReporting");
            RegionalReporting port = new RegionalReportingService(new URL(endpoint + "?wsdl"),
                    new QName(NS, "RegionalReportingService")).getRegionalReportingPort();
            BindingProvider binding = (BindingProvider) port;
            binding.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
            List<Handler> chain = binding.getBinding().getHandlerChain();
            chain.add(new UsernameToken(login, password));
            chain.addAll(List.of(handlers));
            binding.getBinding().setHandlerChain(chain);
            return port;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
