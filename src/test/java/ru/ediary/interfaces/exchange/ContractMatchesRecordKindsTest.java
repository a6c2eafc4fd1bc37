package ru.ediary.interfaces.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import ru.ediary.importing.model.FieldSpec;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.interfaces.exchange.contract.BatchRecords;
import ru.ediary.interfaces.exchange.contract.JournalRecord;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;

/**
 * Keeps the journal exchange contract (wsdl/journal-exchange.wsdl + .xsd) in step with the import: every
 * {@link RecordKind} has its element in a batch's records, whose type carries exactly the kind's fields in order,
 * in the schema and in the classes wsimport generated from it; and every part of the contract is documented in
 * Russian and English.
 */
class ContractMatchesRecordKindsTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String SOAP = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static final String XML = XMLConstants.XML_NS_URI;
    private static final String TNS = "urn:ru:ediary:exchange:journal:1";
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}{3,}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final List<String> POLICY_NAMESPACES = List.of("http://schemas.xmlsoap.org/ws/2004/09/policy",
            "http://www.w3.org/ns/ws-policy", "http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702",
            "http://schemas.xmlsoap.org/ws/2005/07/securitypolicy");

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path XSD_FILE = BASE.resolve("wsdl/journal-exchange.xsd");
    private static final Path WSDL_FILE = BASE.resolve("wsdl/journal-exchange.wsdl");
    private static final Path SAMPLE = BASE.resolve("src/test/resources/exchange/sample-batch.xml");

    private static Document xsd;
    private static Document wsdl;

    @BeforeAll
    static void parseContract() throws Exception {
        xsd = parse(XSD_FILE);
        wsdl = parse(WSDL_FILE);
    }

    // ----- records in step with RecordKind -----

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void theSchemaHasAnElementPerKindWhoseTypeHasExactlyTheKindsFieldsInOrder(RecordKind kind) {
        Element records = namedType("complexType", "BatchRecords");
        Element element = children(single(records, XS, "choice"), XS, "element").stream()
                .filter(e -> e.getAttribute("name").equals(kind.label())).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + kind.label() + " in BatchRecords"));
        String typeName = Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1) + "Record";
        assertEquals("tns:" + typeName, element.getAttribute("type"));

        Element extension = single(single(namedType("complexType", typeName), XS, "complexContent"), XS, "extension");
        assertEquals("tns:JournalRecord", extension.getAttribute("base"));
        List<Element> fields = children(single(extension, XS, "sequence"), XS, "element");
        assertEquals(new ArrayList<>(kind.fields().keySet()), fields.stream().map(f -> f.getAttribute("name")).toList(),
                typeName + " must carry exactly the fields of RecordKind." + kind.name() + ", in its order");
        for (Element field : fields) {
            FieldSpec spec = kind.fields().get(field.getAttribute("name"));
            String english = documentation(field, "en");
            assertAll(typeName + "." + spec.name(),
                    () -> assertEquals("0", field.getAttribute("minOccurs"),
                            "every field is optional in the schema: eDiary checks required fields per record"),
                    () -> assertTrue(field.getAttribute("maxOccurs").isEmpty(), "a field occurs at most once"),
                    () -> assertEquals(spec.required(), english.startsWith("Required for an active record."),
                            "the documentation tells whether the field is required: " + english),
                    () -> assertEquals(spec.required(), documentation(field, "ru")
                            .startsWith("Обязательно для активной записи."), "the Russian documentation too"));
        }
    }

    @Test
    void theBatchOffersNoOtherKindsAndTheKindEnumerationListsTheLabelsInOrder() {
        List<String> labels = Arrays.stream(RecordKind.values()).map(RecordKind::label).toList();
        assertEquals(labels, children(single(namedType("complexType", "BatchRecords"), XS, "choice"), XS, "element")
                .stream().map(e -> e.getAttribute("name")).toList());
        assertEquals(labels, children(single(namedType("simpleType", "RecordKindLabel"), XS, "restriction"), XS,
                "enumeration").stream().map(e -> e.getAttribute("value")).toList());
        assertEquals(labels, Arrays.stream(RecordKindLabel.values()).map(RecordKindLabel::value).toList());
        for (RecordKind kind : RecordKind.values()) {
            assertEquals(kind.label(), RecordKindLabel.valueOf(kind.name()).value(),
                    "the generated enum's constants are named as RecordKind's");
        }
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void theGeneratedClassOfEachKindHasExactlyTheKindsFieldsInOrder(RecordKind kind) throws Exception {
        Class<? extends JournalRecord> type = generatedTypes().get(kind.label());
        assertNotNull(type, "BatchRecords.record has no element " + kind.label());
        List<String> elements = new ArrayList<>();
        for (String property : type.getAnnotation(XmlType.class).propOrder()) {
            Field field = type.getDeclaredField(property);
            XmlElement annotation = field.getAnnotation(XmlElement.class);
            elements.add(annotation == null || annotation.name().equals("##default") ? property : annotation.name());
        }
        assertEquals(new ArrayList<>(kind.fields().keySet()), elements, type.getSimpleName());
    }

    @Test
    void theSampleBatchIsValidAndHoldsOneRecordOfEveryKindInOrder() throws Exception {
        Schema schema = schemaFactory().newSchema(XSD_FILE.toFile());
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(SAMPLE.toFile()));

        SubmitBatch batch = (SubmitBatch) JAXBContext.newInstance(SubmitBatch.class).createUnmarshaller()
                .unmarshal(parse(SAMPLE));
        Map<String, Class<? extends JournalRecord>> types = generatedTypes();
        assertEquals(Arrays.stream(RecordKind.values()).map(k -> types.get(k.label())).toList(),
                batch.getRecords().getRecord().stream().map(Object::getClass).toList());
    }

    // ----- documentation -----

    @Test
    void everyElementAndTypeOfTheSchemaIsDocumentedInRussianAndEnglish() {
        List<Executable> checks = new ArrayList<>();
        checks.add(documented(xsd.getDocumentElement(), "the schema"));
        for (String construct : List.of("element", "simpleType", "complexType", "enumeration")) {
            for (Element node : descendants(xsd.getDocumentElement(), XS, construct)) {
                if (construct.endsWith("Type") && node.getAttribute("name").isEmpty()) {
                    continue; // an anonymous type is documented by its element
                }
                checks.add(documented(node, construct + " " + node.getAttribute("name") + node.getAttribute("value")
                        + " in " + owner(node)));
            }
        }
        assertTrue(checks.size() > 300, "the schema should have been searched: " + checks.size());
        assertAll(checks);
    }

    @Test
    void everyPartOfTheWsdlIsDocumentedInRussianAndEnglish() {
        List<Executable> checks = new ArrayList<>();
        checks.add(wsdlDocumented(wsdl.getDocumentElement(), "definitions"));
        for (String construct : List.of("message", "portType", "operation", "binding", "service", "port")) {
            for (Element node : descendants(wsdl.getDocumentElement(), WSDL, construct)) {
                checks.add(wsdlDocumented(node, construct + " " + node.getAttribute("name") + " in " + owner(node)));
            }
        }
        assertEquals(1 + 7 + 1 + 3 + 1 + 3 + 1 + 1, checks.size(), "the parts of the WSDL");
        assertAll(checks);
    }

    // ----- the WSDL's shape -----

    @Test
    void theWsdlIsDocumentLiteralWrappedSoap11WithTheAgreedNamesAndNoPolicy() {
        Element root = wsdl.getDocumentElement();
        assertEquals(TNS, root.getAttribute("targetNamespace"));
        Element schemaImport = single(single(single(root, WSDL, "types"), XS, "schema"), XS, "import");
        assertEquals(TNS, schemaImport.getAttribute("namespace"));
        assertEquals("journal-exchange.xsd", schemaImport.getAttribute("schemaLocation"));

        Element portType = single(root, WSDL, "portType");
        assertEquals("JournalExchange", portType.getAttribute("name"));
        List<String> operations = List.of("submitBatch", "getReceipt", "reconcile");
        assertEquals(operations, children(portType, WSDL, "operation").stream().map(o -> o.getAttribute("name"))
                .toList());
        for (Element operation : children(portType, WSDL, "operation")) {
            String name = operation.getAttribute("name");
            assertEquals("ExchangeFault", single(operation, WSDL, "fault").getAttribute("name"), name);
            assertEquals(List.of("tns:" + name), parts(single(operation, WSDL, "input")), name);
            assertEquals(List.of("tns:" + name + "Response"), parts(single(operation, WSDL, "output")), name);
            assertEquals(List.of("tns:exchangeFault"), parts(single(operation, WSDL, "fault")), name);
        }

        Element binding = single(root, WSDL, "binding");
        Element soapBinding = single(binding, SOAP, "binding");
        assertEquals("document", soapBinding.getAttribute("style"));
        assertEquals("http://schemas.xmlsoap.org/soap/http", soapBinding.getAttribute("transport"));
        for (Element operation : children(binding, WSDL, "operation")) {
            for (String message : List.of("input", "output")) {
                assertEquals("literal", single(single(operation, WSDL, message), SOAP, "body").getAttribute("use"));
            }
            Element fault = single(single(operation, WSDL, "fault"), SOAP, "fault");
            assertEquals("ExchangeFault", fault.getAttribute("name"));
            assertEquals("literal", fault.getAttribute("use"));
        }

        Element service = single(root, WSDL, "service");
        assertEquals("JournalExchangeService", service.getAttribute("name"));
        Element port = single(service, WSDL, "port");
        assertEquals("JournalExchangePort", port.getAttribute("name"));
        assertEquals("http://localhost:9080/exchange/JournalExchange",
                single(port, SOAP, "address").getAttribute("location"));

        NodeList all = wsdl.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            assertFalse(POLICY_NAMESPACES.contains(all.item(i).getNamespaceURI()),
                    "no WS-Policy in the WSDL: the UsernameToken is checked by a handler, not by a policy");
        }
        assertTrue(wsdlText(service).contains("wsse:FailedAuthentication"),
                "the service documents how authentication fails");
    }

    // ----- helpers -----

    private static Map<String, Class<? extends JournalRecord>> generatedTypes() throws NoSuchFieldException {
        XmlElements elements = BatchRecords.class.getDeclaredField("record").getAnnotation(XmlElements.class);
        Map<String, Class<? extends JournalRecord>> types = new LinkedHashMap<>();
        for (XmlElement element : elements.value()) {
            types.put(element.name(), element.type().asSubclass(JournalRecord.class));
        }
        return types;
    }

    /** The message element of each part of the message an operation's input, output or fault names. */
    private static List<String> parts(Element use) {
        String message = use.getAttribute("message").replaceFirst("^tns:", "");
        Element definition = children(wsdl.getDocumentElement(), WSDL, "message").stream()
                .filter(m -> m.getAttribute("name").equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + message));
        return children(definition, WSDL, "part").stream().map(p -> p.getAttribute("element")).toList();
    }

    private static Executable documented(Element node, String what) {
        return () -> {
            String russian = documentation(node, "ru");
            String english = documentation(node, "en");
            assertTrue(CYRILLIC.matcher(russian).find(), what + " has no Russian documentation: «" + russian + "»");
            assertTrue(LATIN_WORD.matcher(english).find(), what + " has no English documentation: «" + english + "»");
        };
    }

    /** One wsdl:documentation (WSDL 1.1 allows one) with a Russian paragraph [ru] and an English one [en]. */
    private static Executable wsdlDocumented(Element node, String what) {
        return () -> {
            String text = wsdlText(node);
            int ru = text.indexOf("[ru]");
            int en = text.indexOf("[en]");
            assertTrue(ru >= 0 && en > ru, what + " needs a [ru] and then an [en] paragraph: «" + text + "»");
            assertTrue(CYRILLIC.matcher(text.substring(ru, en)).find(), what + ": the [ru] paragraph is not Russian");
            assertTrue(LATIN_WORD.matcher(text.substring(en)).find(), what + ": the [en] paragraph is not English");
        };
    }

    private static String wsdlText(Element node) {
        List<Element> documentation = children(node, WSDL, "documentation");
        assertEquals(1, documentation.size(), "one wsdl:documentation in " + node.getAttribute("name"));
        Node first = node.getFirstChild();
        while (first != null && first.getNodeType() != Node.ELEMENT_NODE) {
            first = first.getNextSibling();
        }
        assertEquals(documentation.get(0), first, "wsdl:documentation comes first (WS-I BP R2030)");
        return documentation.get(0).getTextContent().strip();
    }

    private static String documentation(Element node, String language) {
        Element annotation = single(node, XS, "annotation");
        List<String> texts = children(annotation, XS, "documentation").stream()
                .filter(d -> language.equals(d.getAttributeNS(XML, "lang"))).map(d -> d.getTextContent().strip())
                .toList();
        assertEquals(1, texts.size(), "one xs:documentation xml:lang=\"" + language + "\" in " + owner(node));
        return texts.get(0);
    }

    private static String owner(Node node) {
        List<String> path = new ArrayList<>();
        for (Node n = node; n instanceof Element element; n = n.getParentNode()) {
            String name = element.getAttribute("name");
            path.add(0, element.getLocalName() + (name.isEmpty() ? "" : "[" + name + "]"));
        }
        return String.join("/", path);
    }

    private static Element namedType(String construct, String name) {
        return children(xsd.getDocumentElement(), XS, construct).stream()
                .filter(e -> e.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + construct + " " + name));
    }

    private static Element single(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        assertEquals(1, found.size(), "one " + localName + " in " + owner(parent));
        return found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String namespace, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
        return Stream.iterate(0, i -> i < nodes.getLength(), i -> i + 1).map(i -> (Element) nodes.item(i)).toList();
    }

    /** A namespace-aware parser that resolves no DTD, entity, XInclude or other external resource. */
    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    private static SchemaFactory schemaFactory() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XS);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
