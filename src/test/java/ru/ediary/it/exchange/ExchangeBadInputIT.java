package ru.ediary.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.it.exchange.ExchangeFixtures.CONTRACT;
import static ru.ediary.it.exchange.ExchangeFixtures.JOURNAL;
import static ru.ediary.it.exchange.ExchangeFixtures.batchXml;
import static ru.ediary.it.exchange.ExchangeFixtures.reconcile;
import static ru.ediary.it.exchange.ExchangeFixtures.schoolClass;
import static ru.ediary.it.exchange.ExchangeFixtures.subject;
import static ru.ediary.it.exchange.ExchangeFixtures.unique;
import static ru.ediary.it.exchange.RawSoap.SOAP_11;
import static ru.ediary.it.exchange.RawSoap.SOAP_12;
import static ru.ediary.it.exchange.RawSoap.WSSE;
import static ru.ediary.it.exchange.RawSoap.envelope;
import static ru.ediary.it.exchange.RawSoap.envelopeIn;
import static ru.ediary.it.exchange.RawSoap.security;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.ExchangeFault;
import ru.ediary.interfaces.exchange.contract.GetReceipt;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.ReconcileResponse;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.RecordOutcome;
import ru.ediary.it.DemoRegion;
import ru.ediary.it.Deployments;
import ru.ediary.it.TestSchool;

/**
 * Faulty messages as a journal's own code might send them, posted raw. Each gets a clear SOAP Fault (HTTP 500, a
 * faultcode, and the contract's code where the contract has one), and nothing of it is applied: the reconciliation
 * of the kinds involved is the same before and after, and no batch was logged under its batchId. Every faulty
 * message also carries a valid subject (the "probe"), which a half-applied message would have stored.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeBadInputIT {

    private static final QName CLIENT = new QName(SOAP_11, "Client");
    private static final QName FAILED_AUTHENTICATION = new QName(WSSE, "FailedAuthentication");
    /** The exchange's default message size limit (server variable ediary.exchange.maxMessageBytes). */
    private static final int MESSAGE_LIMIT = 64 * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ExchangeTestSchools.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    private JournalExchange journal;
    private String p;

    @BeforeEach
    void prepare() throws Exception {
        DemoRegion.awaitLoaded(base);
        journal = JournalClient.port(base, JOURNAL, JOURNAL);
        p = unique("bad");
    }

    @Test
    void malformedXmlIsAClientFault() throws Exception {
        String message = envelope(JOURNAL, JOURNAL, batchXml(p + "b", probe()))
                .replace("</records></submitBatch>", "</records></submitBat");

        RawSoap.Fault fault = refused(message, RecordKindLabel.SUBJECT);

        assertEquals(CLIENT, fault.code());
        assertFalse(fault.string().isBlank());
        assertNeverLogged(p + "b");
    }

    /** Records that break the schema, by kind; «{p}» stands for the test's prefix. */
    static Stream<Arguments> recordsAgainstTheSchema() {
        return Stream.of(
                Arguments.of("a version that is not a number", RecordKindLabel.SUBJECT,
                        "<subject><sourcedId>{p}s</sourcedId><version>abc</version><name>Лепка</name></subject>"),
                Arguments.of("a date that does not exist", RecordKindLabel.SCHOOL_YEAR,
                        "<schoolYear><sourcedId>{p}y</sourcedId><version>1</version><name>2026/2027</name>"
                                + "<startsOn>2026-13-45</startsOn><endsOn>2027-05-31</endsOn></schoolYear>"),
                Arguments.of("a record without sourcedId", RecordKindLabel.SUBJECT,
                        "<subject><version>1</version><name>Лепка</name></subject>"),
                Arguments.of("a negative version", RecordKindLabel.SUBJECT,
                        "<subject><sourcedId>{p}s</sourcedId><version>-1</version><name>Лепка</name></subject>"),
                Arguments.of("a grade out of range (12)", RecordKindLabel.SCHOOL_CLASS,
                        "<schoolClass><sourcedId>{p}c</sourcedId><version>1</version><schoolYear>{p}y</schoolYear>"
                                + "<name>12А</name><grade>12</grade><periodKind>QUARTER</periodKind></schoolClass>"),
                Arguments.of("an element the contract does not know", RecordKindLabel.SUBJECT,
                        "<subject><sourcedId>{p}s</sourcedId><version>1</version><name>Лепка</name>"
                                + "<colour>red</colour></subject>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAgainstTheSchema")
    void aRecordAgainstTheSchemaFailsTheWholeMessage(String what, RecordKindLabel kind, String record)
            throws Exception {
        String message = envelope(JOURNAL, JOURNAL, batchXml(p + "b", probe() + record.replace("{p}", p)));

        RawSoap.Fault fault = refused(message, RecordKindLabel.SUBJECT, kind);

        assertEquals(CLIENT, fault.code(), what);
        assertEquals("SCHEMA_VIOLATION", fault.exchangeCode(), what);
        assertTrue(fault.string().startsWith("SCHEMA_VIOLATION"), fault.string());
        assertNeverLogged(p + "b");
    }

    @Test
    void aBatchWithoutBatchIdIsASchemaViolation() throws Exception {
        String message = envelope(JOURNAL, JOURNAL,
                "<submitBatch xmlns=\"" + CONTRACT + "\"><records>" + probe() + "</records></submitBatch>");

        RawSoap.Fault fault = refused(message, RecordKindLabel.SUBJECT);

        assertEquals(CLIENT, fault.code());
        assertEquals("SCHEMA_VIOLATION", fault.exchangeCode());
        assertTrue(fault.string().contains("batchId"), "the fault names what is missing: " + fault.string());
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileNeverLeaks() throws Exception {
        Path secret = Path.of("/etc/passwd");
        String message = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + envelope(JOURNAL, JOURNAL, batchXml(p + "b", "<subject><sourcedId>" + p + "xxe</sourcedId>"
                + "<version>1</version><name>&xxe;</name></subject>" + probe()));

        RawSoap.Response response = RawSoap.post(base, message);
        RawSoap.Fault fault = response.fault();

        assertEquals(500, response.status());
        assertEquals(CLIENT, fault.code());
        assertTrue(fault.string().contains("DTD"), "the fault says why: " + fault.string());
        assertFalse(response.body().contains("root:"), response.body());
        if (Files.isReadable(secret)) {
            for (String line : Files.readAllLines(secret)) {
                if (!line.isBlank()) {
                    assertFalse(response.body().contains(line), "the answer leaks " + secret);
                }
            }
        }
        assertNeverLogged(p + "b");
        assertEquals(RecordOutcome.CREATED, submitProbeProperly(), "the probe was never stored");
    }

    @Test
    void aSoap12EnvelopeIsAVersionMismatch() throws Exception {
        String message = envelopeIn(SOAP_12, security(JOURNAL, JOURNAL), batchXml(p + "b", probe()));

        RawSoap.Fault fault = refused(message.getBytes(StandardCharsets.UTF_8),
                "application/soap+xml; charset=UTF-8", RecordKindLabel.SUBJECT);

        assertEquals("VersionMismatch", fault.code().getLocalPart(), fault.toString());
        assertTrue(List.of(SOAP_11, SOAP_12).contains(fault.code().getNamespaceURI()), fault.toString());
        assertNeverLogged(p + "b");
    }

    @Test
    void aMessageThatIsNotTextXmlIsRefusedUnread() throws Exception {
        String message = envelope(JOURNAL, JOURNAL, batchXml(p + "b", probe()));
        Map<RecordKindLabel, ReconcileResponse> before = census(RecordKindLabel.SUBJECT);

        RawSoap.Response response = RawSoap.post(base, message.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");

        assertEquals(415, response.status(), response.body());
        assertEquals(CLIENT, response.fault().code());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", response.fault().exchangeCode());
        assertSameCensus(before, census(RecordKindLabel.SUBJECT));
        assertNeverLogged(p + "b");
    }

    @Test
    void onlyPostCarriesMessages() throws Exception {
        byte[] message = envelope(JOURNAL, JOURNAL, batchXml(p + "b", probe())).getBytes(StandardCharsets.UTF_8);
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            assertEquals(405, RawSoap.request(base, method, null, message).status(), method);
        }
        assertNeverLogged(p + "b");
    }

    @Test
    void theEndpointsAddressInABrowserNamesTheServiceAndItsWsdl() throws Exception {
        RawSoap.Response page = RawSoap.request(base, "GET", null, null);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("JournalExchange?wsdl") && page.body().contains("lang=\"ru\""), page.body());
        assertFalse(page.body().contains("CXF"), page.body());
        RawSoap.Response wsdl = RawSoap.request(base, "GET", "wsdl", null);
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("definitions"), "the WSDL itself is served as before");
    }

    @Test
    void wrongCredentialsAreRefusedBeforeTheBodyIsRead() throws Exception {
        // the body is not even XML past its first tag: a parser reaching it would fail otherwise
        String message = envelope(JOURNAL, "not-the-password", "<submitBatch xmlns=\"" + CONTRACT + "\"><<<&&&");

        RawSoap.Response response = RawSoap.post(base, message);

        assertEquals(FAILED_AUTHENTICATION, response.fault().code(), response.body());
    }

    @Test
    void aPayloadInAnotherNamespaceIsASchemaViolation() throws Exception {
        String message = envelope(JOURNAL, JOURNAL,
                batchXml(p + "b", probe()).replace(CONTRACT, "urn:ru:ediary:exchange:journal:2"));

        RawSoap.Fault fault = refused(message, RecordKindLabel.SUBJECT);

        assertEquals(CLIENT, fault.code());
        assertEquals("SCHEMA_VIOLATION", fault.exchangeCode());
        assertNeverLogged(p + "b");
    }

    @Test
    void aMessageOverTheSizeLimitIsRefusedWhetherItDeclaresItsLengthOrNot() throws Exception {
        byte[] huge = hugeMessage();
        Map<RecordKindLabel, ReconcileResponse> before = census(RecordKindLabel.SUBJECT);

        RawSoap.Response declared = RawSoap.post(base, huge, RawSoap.TEXT_XML);
        RawSoap.Response chunked = RawSoap.postChunked(base, huge);

        for (RawSoap.Response response : List.of(declared, chunked)) {
            assertEquals(500, response.status(), response.body());
            RawSoap.Fault fault = response.fault();
            assertEquals(CLIENT, fault.code(), fault.toString());
            assertEquals("MESSAGE_TOO_LARGE", fault.exchangeCode(), fault.toString());
            assertTrue(fault.string().contains(String.valueOf(MESSAGE_LIMIT)), "names the limit: " + fault.string());
        }
        assertSameCensus(before, census(RecordKindLabel.SUBJECT));
        assertNeverLogged(p + "b");
    }

    @Test
    void aBatchOfMoreThan50000RecordsIsRefusedBeforeAnythingIsApplied() throws Exception {
        StringBuilder records = new StringBuilder(3_000_000);
        for (int i = 0; i <= 50_000; i++) {
            records.append("<subject><sourcedId>").append(p).append(i).append("</sourcedId><version>1</version>")
                    .append("<name>П</name></subject>");
        }
        String message = envelope(JOURNAL, JOURNAL, batchXml(p + "b", records.toString()));

        RawSoap.Fault fault = refused(message, RecordKindLabel.SUBJECT);

        assertEquals(SOAP_11, fault.code().getNamespaceURI(), fault.toString());
        assertEquals("BATCH_TOO_LARGE", fault.exchangeCode(), fault.toString());
        assertTrue(fault.string().contains("50001"), "says how many it got: " + fault.string());
        assertNeverLogged(p + "b");
        String first = batchXml(p + "first", subject(p + 0, 1, "П"));
        assertEquals(RecordOutcome.CREATED, journal.submitBatch(ExchangeFixtures.unmarshal(first)).getReceipt()
                .getLine().get(0).getOutcome(), "not even the first record was stored");
    }

    @Test
    void aBatchOfExactly50000RecordsIsAccepted() throws Exception {
        JournalExchange primary = journal;
        StringBuilder records = new StringBuilder(3_000_000);
        for (int i = 0; i < 50_000; i++) {
            records.append("<attendanceCode><sourcedId>").append(p).append(i).append("</sourcedId>")
                    .append("<version>1</version><code>К").append(i % 100).append("</code><name>Код</name>")
                    .append("</attendanceCode>");
        }
        long before = reconcile(primary, RecordKindLabel.ATTENDANCE_CODE).getCount();

        long started = System.nanoTime();
        BatchReceipt receipt = primary.submitBatch(ExchangeFixtures.batch(p + "max", records.toString()))
                .getReceipt();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("ExchangeBadInputIT: a batch of 50,000 records took %d ms (server: %d ms)%n", millis,
                receipt.getDurationMillis());
        assertEquals(50_000, receipt.getCreated());
        assertEquals(50_000, receipt.getLine().size());
        assertTrue(receipt.getLine().stream().allMatch(l -> l.getOutcome() == RecordOutcome.CREATED));
        assertEquals(before + 50_000, reconcile(primary, RecordKindLabel.ATTENDANCE_CODE).getCount());
    }

    @Test
    void aMessageWithoutSecurityHeaderFailsAuthentication() throws Exception {
        String message = envelopeIn(SOAP_11, null, batchXml(p + "b", probe()));

        assertEquals(FAILED_AUTHENTICATION, refused(message, RecordKindLabel.SUBJECT).code());
        assertNeverLogged(p + "b");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            ExchangeFixtures.JOURNAL + ", not-the-password",
            ExchangeFixtures.STAFF + ", " + ExchangeFixtures.STAFF,
            "nobody.here,  nobody.here"})
    void aWrongPasswordOrAnAccountThatIsNoJournalFailsAuthentication(String login, String password)
            throws Exception {
        String message = envelope(login, password, batchXml(p + "b", probe()));

        RawSoap.Fault fault = refused(message, RecordKindLabel.SUBJECT);

        assertEquals(FAILED_AUTHENTICATION, fault.code(), fault.toString());
        assertFalse(fault.string().contains(login), "the fault does not say which part was wrong");
        assertNeverLogged(p + "b");
    }

    // ----- helpers -----

    /** A valid subject that must not be stored when the message around it is refused. */
    private String probe() {
        return subject(p + "probe", 1, "Пробный предмет");
    }

    private RecordOutcome submitProbeProperly() throws Exception {
        BatchReceipt receipt = journal.submitBatch(ExchangeFixtures.batch(p + "probe", probe())).getReceipt();
        return receipt.getLine().get(0).getOutcome();
    }

    private RawSoap.Fault refused(String message, RecordKindLabel... kinds) throws Exception {
        return refused(message.getBytes(StandardCharsets.UTF_8), RawSoap.TEXT_XML, kinds);
    }

    /** Posts the message, expects HTTP 500 with a SOAP Fault, and that the census of {@code kinds} is unchanged. */
    private RawSoap.Fault refused(byte[] message, String contentType, RecordKindLabel... kinds) throws Exception {
        Map<RecordKindLabel, ReconcileResponse> before = census(kinds);
        RawSoap.Response response = RawSoap.post(base, message, contentType);
        assertEquals(500, response.status(), response.body());
        RawSoap.Fault fault = response.fault();
        assertNotNull(fault.string());
        assertSameCensus(before, census(kinds));
        return fault;
    }

    private Map<RecordKindLabel, ReconcileResponse> census(RecordKindLabel... kinds) throws Exception {
        Map<RecordKindLabel, ReconcileResponse> census = new EnumMap<>(RecordKindLabel.class);
        for (RecordKindLabel kind : kinds) {
            census.put(kind, reconcile(journal, kind));
        }
        return census;
    }

    private static void assertSameCensus(Map<RecordKindLabel, ReconcileResponse> before,
                                         Map<RecordKindLabel, ReconcileResponse> after) {
        before.forEach((kind, then) -> {
            assertEquals(then.getCount(), after.get(kind).getCount(), "nothing applied: count of " + kind.value());
            assertEquals(then.getDigest(), after.get(kind).getDigest(), "nothing applied: " + kind.value());
        });
    }

    /** The journal asking for the receipt of a refused message learns that no such batch exists. */
    private void assertNeverLogged(String batchId) {
        GetReceipt ask = new GetReceipt();
        ask.setBatchId(batchId);
        ExchangeFault unknown = assertThrows(ExchangeFault.class, () -> journal.getReceipt(ask));
        assertEquals("UNKNOWN_BATCH", unknown.getFaultInfo().getCode());
    }

    /** A valid message with a probe, padded by a comment to 1 MiB over the limit. */
    private byte[] hugeMessage() {
        String[] around = envelope(JOURNAL, JOURNAL, batchXml(p + "b", probe() + "<!--PAD-->")).split("PAD");
        ByteArrayOutputStream out = new ByteArrayOutputStream(MESSAGE_LIMIT + 2 * 1024 * 1024);
        out.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
        byte[] padding = new byte[1024 * 1024];
        Arrays.fill(padding, (byte) 'x');
        for (int i = 0; i <= MESSAGE_LIMIT / padding.length; i++) {
            out.writeBytes(padding);
        }
        out.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
