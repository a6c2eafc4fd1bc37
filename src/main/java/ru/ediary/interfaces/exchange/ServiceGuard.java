package ru.ediary.interfaces.exchange;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Guards a SOAP service: every request must come from the service's kind of account, which {@link ExchangeGate}
 * checked from the WS-Security UsernameToken before the message was parsed (against eDiary's own accounts, with the
 * same PBKDF2 check and slow-down as the sign-in page), and its body must be valid against the service's schema.
 * Either failure is a SOAP Fault, and nothing reaches the endpoint.
 */
abstract class ServiceGuard implements SOAPHandler<SOAPMessageContext> {

    /** Declared understood (its mustUnderstand is honoured): ExchangeGate has read and checked it. */
    private static final QName SECURITY = new QName(ExchangeFaults.WSSE, "Security");
    private static final Map<SoapService, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Logger LOG = Logger.getLogger(ServiceGuard.class.getName());

    private final SoapService service;

    ServiceGuard(SoapService service) {
        this.service = service;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        try {
            Object caller = authenticate(context).orElseThrow(ExchangeFaults::failedAuthentication);
            context.put(SoapService.CALLER, caller);
            context.setScope(SoapService.CALLER, MessageContext.Scope.APPLICATION);
            validate(context);
            return true;
        } catch (SOAPException unreadable) {
            throw ExchangeFaults.client(service, "MALFORMED_MESSAGE", unreadable.getMessage());
        }
    }

    /** The caller {@link ExchangeGate} authenticated before the message was parsed; none: it was not through it. */
    private static Optional<Object> authenticate(SOAPMessageContext context) {
        Object request = context.get(MessageContext.SERVLET_REQUEST);
        return request instanceof HttpServletRequest http
                ? Optional.ofNullable(http.getAttribute(SoapService.CALLER)) : Optional.empty();
    }

    private void validate(SOAPMessageContext context) throws SOAPException {
        SOAPBody body = context.getMessage().getSOAPBody();
        Element payload = firstElement(body);
        if (payload == null) {
            throw ExchangeFaults.client(service, "SCHEMA_VIOLATION", "the SOAP body is empty");
        }
        try {
            schema((ServletContext) context.get(MessageContext.SERVLET_CONTEXT)).newValidator()
                    .validate(new DOMSource(payload));
        } catch (SAXException invalid) {
            throw ExchangeFaults.client(service, "SCHEMA_VIOLATION", invalid.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot validate the request", e);
        }
    }

    private Schema schema(ServletContext servletContext) {
        return SCHEMAS.computeIfAbsent(service, s -> {
            try {
                URL xsd = servletContext.getResource(s.schema);
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return factory.newSchema(xsd);
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the contract schema " + s.schema + " cannot be loaded", e);
            }
        });
    }

    private static Element firstElement(Node parent) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        try {
            SOAPFault fault = context.getMessage().getSOAPBody().getFault();
            if (fault != null && "Server".equals(fault.getFaultCodeAsQName().getLocalPart()) && !declared(fault)) {
                // an unexpected failure: its text may name SQL, tables or classes, which a caller must not see
                LOG.log(Level.WARNING, "{0} answered a server fault: {1}", new Object[] {service, fault.getFaultString()});
                fault.setFaultString("INTERNAL_ERROR: the server could not carry out the request"
                        + " (сервер не смог выполнить запрос; повторите его позже)");
                if (fault.hasDetail()) {
                    fault.getDetail().detachNode();
                }
            }
        } catch (SOAPException unreadable) {
            LOG.log(Level.WARNING, "cannot read an outgoing fault", unreadable);
        }
        return true;
    }

    /** A fault of the contract (its detail is the service's fault element): the endpoint meant it for the caller. */
    private boolean declared(SOAPFault fault) {
        return fault.hasDetail() && fault.getDetail().getChildElements(
                new QName(service.namespace, service.faultElement)).hasNext();
    }

    @Override
    public void close(MessageContext context) {
    }
}
