package ru.ediary.interfaces.exchange;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
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
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.SignIn;
import ru.ediary.identity.application.SignInVerdict;
import ru.ediary.identity.model.Role;

/**
 * Guards the journal exchange: every request must carry a WS-Security UsernameToken of a journal account (checked
 * against eDiary's own accounts, with the same PBKDF2 check and slow-down as the sign-in page), and its body must be
 * valid against journal-exchange.xsd. Either failure is a SOAP Fault, and nothing reaches the endpoint.
 */
public class JournalAccountHandler implements SOAPHandler<SOAPMessageContext> {

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

    private Optional<ExchangeCaller> authenticate(SOAPMessageContext context) throws SOAPException {
        SOAPHeader header = context.getMessage().getSOAPHeader();
        Element token = header == null ? null : child(child(header, SECURITY.getLocalPart()), "UsernameToken");
        Element username = child(token, "Username");
        Element password = child(token, "Password");
        if (username == null || password == null) {
            return Optional.empty();
        }
        SignInVerdict verdict = CDI.current().select(SignIn.class).get().attempt(username.getTextContent().trim(),
                password.getTextContent().toCharArray(), remoteAddress(context));
        if (!verdict.accepted() || !verdict.roles().contains(Role.JOURNAL)) {
            return Optional.empty();
        }
        return CDI.current().select(AccountRegistry.class).get().holder(verdict.login())
                .filter(holder -> holder.schoolId() != null)
                .map(holder -> new ExchangeCaller(holder.login(), holder.schoolId(), holder.schoolCode()));
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

    private static String remoteAddress(SOAPMessageContext context) {
        Object request = context.get(MessageContext.SERVLET_REQUEST);
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    private static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
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
