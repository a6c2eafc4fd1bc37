package ru.ediary.interfaces.exchange;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.IOException;
import java.net.URL;
import java.util.Optional;
import java.util.Set;
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
 * Guards the journal exchange: every request must come from a journal account, which {@link ExchangeGate} checked
 * from the WS-Security UsernameToken before the message was parsed (against eDiary's own accounts, with the same
 * PBKDF2 check and slow-down as the sign-in page), and its body must be valid against journal-exchange.xsd. Either
 * failure is a SOAP Fault, and nothing reaches the endpoint.
 */
public class JournalAccountHandler implements SOAPHandler<SOAPMessageContext> {

    /** Declared understood (its mustUnderstand is honoured): ExchangeGate has read and checked it. */
    private static final QName SECURITY = new QName(ExchangeFaults.WSSE, "Security");
    private static final String SCHEMA = "/WEB-INF/wsdl/journal-exchange.xsd";
    private static volatile Schema schema;

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
            ExchangeCaller caller = authenticate(context).orElseThrow(ExchangeFaults::failedAuthentication);
            context.put(ExchangeCaller.PROPERTY, caller);
            context.setScope(ExchangeCaller.PROPERTY, MessageContext.Scope.APPLICATION);
            validate(context);
            return true;
        } catch (SOAPException unreadable) {
            throw ExchangeFaults.client("MALFORMED_MESSAGE", unreadable.getMessage());
        }
    }

    /** The caller {@link ExchangeGate} authenticated before the message was parsed; none: it was not through it. */
    private static Optional<ExchangeCaller> authenticate(SOAPMessageContext context) {
        Object request = context.get(MessageContext.SERVLET_REQUEST);
        return request instanceof HttpServletRequest http
                && http.getAttribute(ExchangeCaller.PROPERTY) instanceof ExchangeCaller caller
                ? Optional.of(caller) : Optional.empty();
    }

    private void validate(SOAPMessageContext context) throws SOAPException {
        SOAPBody body = context.getMessage().getSOAPBody();
        Element payload = firstElement(body);
        if (payload == null) {
            throw ExchangeFaults.client("SCHEMA_VIOLATION", "the SOAP body is empty");
        }
        try {
            schema((ServletContext) context.get(MessageContext.SERVLET_CONTEXT)).newValidator()
                    .validate(new DOMSource(payload));
        } catch (SAXException invalid) {
            throw ExchangeFaults.client("SCHEMA_VIOLATION", invalid.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot validate the request", e);
        }
    }

    private static Schema schema(ServletContext servletContext) {
        Schema loaded = schema;
        if (loaded == null) {
            try {
                URL xsd = servletContext.getResource(SCHEMA);
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                loaded = factory.newSchema(xsd);
                schema = loaded;
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the contract schema " + SCHEMA + " cannot be loaded", e);
            }
        }
        return loaded;
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
        return true;
    }

    @Override
    public void close(MessageContext context) {
    }
}
