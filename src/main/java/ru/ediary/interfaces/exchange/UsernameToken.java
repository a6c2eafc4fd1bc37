package ru.ediary.interfaces.exchange;

import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The WS-Security UsernameToken of a SOAP 1.1 message, read with a streaming parser from the start of the message up
 * to its Body and no further: the credentials are checked before any of the body is parsed or validated, so a
 * stranger's message costs a few kilobytes of reading and one decoy password check, never a DOM of 64 MiB.
 */
record UsernameToken(String username, char[] password) {

    static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    /** Why the start of the message is unacceptable before anyone is authenticated. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * Reads {@code message} until the SOAP Body starts: the token, or empty when the header carries none. A DTD, a
     * root that is not a SOAP 1.1 Envelope (a SOAP 1.2 one is a version mismatch) or broken XML is refused.
     */
    static Optional<UsernameToken> read(InputStream message) throws Unreadable, VersionMismatch {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(message);
            boolean root = true;
            String username = null;
            String password = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Unreadable("a DTD is not allowed in an exchange message");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    root = false;
                    if (!"Envelope".equals(reader.getLocalName())) {
                        throw new Unreadable("the message is not a SOAP envelope");
                    }
                    if (!SOAP_11.equals(reader.getNamespaceURI())) {
                        throw new VersionMismatch();
                    }
                    continue;
                }
                String name = reader.getLocalName();
                if ("Body".equals(name) && SOAP_11.equals(reader.getNamespaceURI())) {
                    break;
                }
                if (ExchangeFaults.WSSE.equals(reader.getNamespaceURI())) {
                    if ("Username".equals(name)) {
                        username = reader.getElementText().trim();
                    } else if ("Password".equals(name)) {
                        password = reader.getElementText();
                    }
                }
            }
            return username == null || password == null ? Optional.empty()
                    : Optional.of(new UsernameToken(username, password.toCharArray()));
        } catch (XMLStreamException broken) {
            String why = String.valueOf(broken.getMessage());
            throw new Unreadable(why.contains("DTD") || why.contains("DOCTYPE")
                    ? "a DTD is not allowed in an exchange message" : "the message is not well-formed XML");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // only the reader's own state; the stream is rewound by the caller
                }
            }
        }
    }

    /** A SOAP 1.2 envelope sent to this SOAP 1.1 service. */
    static final class VersionMismatch extends Exception {
        VersionMismatch() {
            super("this service speaks SOAP 1.1 (" + SOAP_11 + ")");
        }
    }
}
