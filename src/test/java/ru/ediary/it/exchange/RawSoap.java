package ru.ediary.it.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SOAP messages written by hand and posted with java.net.http, as a journal's own, possibly faulty, code would. */
final class RawSoap {

    static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String TEXT_XML = "text/xml; charset=UTF-8";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RawSoap() {
    }

    /** A SOAP 1.1 envelope with a UsernameToken (PasswordText) of {@code login}. */
    static String envelope(String login, String password, String payload) {
        return envelopeIn(SOAP_11, security(login, password), payload);
    }

    /** An envelope of the given SOAP version; {@code header} is the Header's content, null for no Header. */
    static String envelopeIn(String soapNamespace, String header, String payload) {
        return "<soap:Envelope xmlns:soap=\"" + soapNamespace + "\">"
                + (header == null ? "" : "<soap:Header>" + header + "</soap:Header>")
                + "<soap:Body>" + payload + "</soap:Body></soap:Envelope>";
    }

    static String security(String login, String password) {
        return "<wsse:Security xmlns:wsse=\"" + WSSE + "\"><wsse:UsernameToken><wsse:Username>" + login
                + "</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
                + "oasis-200401-wss-username-token-profile-1.0#PasswordText\">" + password
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>";
    }

    static Response post(URL base, String message) throws IOException, InterruptedException {
        return post(base, message.getBytes(StandardCharsets.UTF_8), TEXT_XML);
    }

    /** Posts with a declared Content-Length. */
    static Response post(URL base, byte[] message, String contentType) throws IOException, InterruptedException {
        return send(base, HttpRequest.BodyPublishers.ofByteArray(message), contentType);
    }

    /** Any method, with or without a body, to the endpoint's address plus {@code query} (null for none). */
    static Response request(URL base, String method, String query, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "exchange/JournalExchange"
                        + (query == null ? "" : "?" + query))).timeout(Duration.ofMinutes(1))
                .header("Content-Type", TEXT_XML)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    /** Posts without declaring the length (chunked), as a client streaming its message does. */
    static Response postChunked(URL base, byte[] message) throws IOException, InterruptedException {
        return send(base, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(message)),
                TEXT_XML);
    }

    private static Response send(URL base, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "exchange/JournalExchange"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType)
                .POST(body);
        if (contentType.startsWith("text/xml")) {
            request.header("SOAPAction", "\"\"");
        }
        HttpResponse<String> response = HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    /** What came back. */
    record Response(int status, String body) {

        /** The SOAP Fault of the body; fails the test when there is none. */
        Fault fault() {
            Document document = parse(body);
            Element fault = first(document.getDocumentElement(), "Fault");
            if (fault == null) {
                throw new AssertionError("expected a SOAP Fault, got HTTP " + status + ": " + body);
            }
            Element code = first(fault, "faultcode");
            String codeText;
            if (code != null) {
                codeText = code.getTextContent().trim();
            } else {
                code = first(first(fault, "Code"), "Value");
                codeText = code == null ? "" : code.getTextContent().trim();
            }
            int colon = codeText.indexOf(':');
            String prefix = colon < 0 ? null : codeText.substring(0, colon);
            String local = codeText.substring(colon + 1);
            String namespace = code == null ? null : code.lookupNamespaceURI(prefix);
            Element string = first(fault, "faultstring");
            Element detailCode = first(first(fault, "detail"), "code");
            return new Fault(new QName(namespace == null ? "" : namespace, local),
                    string == null ? first(fault, "Text").getTextContent() : string.getTextContent(),
                    detailCode == null ? null : detailCode.getTextContent().trim());
        }
    }

    /** A SOAP Fault: its code as a QName (whatever prefix the server chose), its text, the contract's code. */
    record Fault(QName code, String string, String exchangeCode) {
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("the answer is not XML: " + xml, e);
        }
    }

    /** The first descendant element named {@code localName}, in any namespace. */
    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        NodeList found = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < found.getLength(); i++) {
            if (found.item(i).getNodeType() == Node.ELEMENT_NODE) {
                return (Element) found.item(i);
            }
        }
        return null;
    }
}
