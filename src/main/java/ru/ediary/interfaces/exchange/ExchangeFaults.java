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

/** The SOAP Faults the exchange answers with before a request reaches the endpoint. */
final class ExchangeFaults {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String CONTRACT = "urn:ru:ediary:exchange:journal:1";

    private ExchangeFaults() {
    }

    /** wsse:FailedAuthentication (WS-Security 1.0, §12): no or bad credentials, nothing applied. */
    static SOAPFaultException failedAuthentication() {
        return fault(new QName(WSSE, "FailedAuthentication", "wsse"),
                "The security token could not be authenticated or authorized"
                        + " (неверные учётные данные или учётная запись не является учётной записью журнала)",
                null, null);
    }

    /** soap:VersionMismatch: a SOAP 1.2 envelope sent to this SOAP 1.1 service. */
    static SOAPFaultException versionMismatch(String why) {
        return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "VersionMismatch", "soap"), why, null, null);
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

    /** soap:Client with the contract's exchangeFault {code, message} as detail. */
    static SOAPFaultException client(String code, String message) {
        return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client", "soap"), code + ": " + message,
                code, message);
    }

    private static SOAPFaultException fault(QName faultCode, String faultString, String code, String message) {
        try {
            SOAPFault fault = SOAPFactory.newInstance().createFault(faultString, faultCode);
            if (code != null) {
                Detail detail = fault.addDetail();
                SOAPElement exchangeFault = detail.addChildElement(new QName(CONTRACT, "exchangeFault", "ex"));
                exchangeFault.addChildElement(new QName(CONTRACT, "code", "ex")).addTextNode(code);
                exchangeFault.addChildElement(new QName(CONTRACT, "message", "ex")).addTextNode(message);
            }
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }
}
