package ru.ediary.interfaces.exchange;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPMessage;
import java.io.IOException;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import javax.xml.namespace.QName;

/** The SOAP Faults the SOAP services answer with before a request reaches an endpoint. */
final class ExchangeFaults {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private ExchangeFaults() {
    }

    /** wsse:FailedAuthentication (WS-Security 1.0, §12): no or bad credentials, nothing applied. */
    static SOAPFaultException failedAuthentication() {
        return fault(new QName(WSSE, "FailedAuthentication", "wsse"),
                "The security token could not be authenticated or authorized"
                        + " (неверные учётные данные или учётная запись не допущена к этой службе)",
                null, null, null);
    }

    /** soap:VersionMismatch: a SOAP 1.2 envelope sent to this SOAP 1.1 service. */
    static SOAPFaultException versionMismatch(String why) {
        return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "VersionMismatch", "soap"), why, null, null,
                null);
    }

    /**
     * Answers with {@code fault} in a SOAP 1.1 envelope, from a servlet filter: for what is refused before the SOAP
     * stack has read the message (HTTP 500, as SOAP 1.1 over HTTP prescribes for faults, unless told otherwise).
     */
    static void send(HttpServletResponse response, int status, SOAPFaultException fault) throws IOException {
        try {
            SOAPMessage message = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage();
            message.getSOAPBody().appendChild(message.getSOAPPart().importNode(fault.getFault(), true));
            response.setStatus(status);
            response.setContentType("text/xml; charset=UTF-8");
            message.writeTo(response.getOutputStream());
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot write a SOAP fault", e);
        }
    }

    /** soap:Client with the service contract's fault element {code, message} as detail. */
    static SOAPFaultException client(SoapService service, String code, String message) {
        return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client", "soap"), code + ": " + message,
                service, code, message);
    }

    private static SOAPFaultException fault(QName faultCode, String faultString, SoapService service, String code,
                                            String message) {
        try {
            SOAPFault fault = SOAPFactory.newInstance().createFault(faultString, faultCode);
            if (code != null) {
                Detail detail = fault.addDetail();
                SOAPElement contractFault = detail.addChildElement(
                        new QName(service.namespace, service.faultElement, "ex"));
                contractFault.addChildElement(new QName(service.namespace, "code", "ex")).addTextNode(code);
                contractFault.addChildElement(new QName(service.namespace, "message", "ex")).addTextNode(message);
            }
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }
}
