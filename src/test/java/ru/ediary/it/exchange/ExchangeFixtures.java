package ru.ediary.it.exchange;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.Reconcile;
import ru.ediary.interfaces.exchange.contract.ReconcileResponse;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;

/**
 * What the exchange tests share: names unique to one run (the integration-test database outlives it), the sample
 * batch under such names, batches written as the XML a journal sends, and the journal's side of a reconciliation.
 */
final class ExchangeFixtures {

    static final String CONTRACT = "urn:ru:ediary:exchange:journal:1";
    /** The exchange tests' own school and another one (ExchangeTestSchools makes them at deployment). */
    static final String SCHOOL = "it-exchange";
    static final String OTHER_SCHOOL = "it-exchange-other";
    /** The school's journal and office accounts; each password is the login. */
    static final String JOURNAL = "it.exchange.journal";
    static final String STAFF = "it.exchange.admin";
    /** The journal simulator's test: an empty school and its journal account (password = login). */
    static final String SIMULATOR_SCHOOL = "it-simulator";
    static final String SIMULATOR_JOURNAL = "it.simulator.journal";

    private static final Pattern SOURCED_ID = Pattern.compile("<sourcedId>([^<]+)</sourcedId>");
    private static final String SAMPLE = "/exchange/sample-batch.xml";

    private ExchangeFixtures() {
    }

    /** «rt-1a2b3c4d5e-»: a prefix no earlier run has used. */
    static String unique(String tag) {
        return tag + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "-";
    }

    /** The sourcedIds of sample-batch.xml, one per kind, in the file's order. */
    static Set<String> sampleIds() {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = SOURCED_ID.matcher(sampleText());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /**
     * sample-batch.xml with every sourcedId — and so every reference, which names a sourcedId — prefixed, under
     * {@code batchId}.
     */
    static String sampleXml(String prefix, String batchId) {
        String xml = sampleText().replaceFirst("<batchId>[^<]*</batchId>", "<batchId>" + batchId + "</batchId>");
        for (String id : sampleIds()) {
            xml = xml.replace(">" + id + "<", ">" + prefix + id + "<");
        }
        return xml;
    }

    static SubmitBatch sample(String prefix, String batchId) {
        return unmarshal(sampleXml(prefix, batchId));
    }

    /** A submitBatch element around {@code records}, record elements written in the contract's default namespace. */
    static String batchXml(String batchId, String records) {
        return "<submitBatch xmlns=\"" + CONTRACT + "\"><batchId>" + batchId + "</batchId><records>" + records
                + "</records></submitBatch>";
    }

    static SubmitBatch batch(String batchId, String records) {
        return unmarshal(batchXml(batchId, records));
    }

    static SubmitBatch unmarshal(String submitBatchXml) {
        try {
            return (SubmitBatch) JAXBContext.newInstance(SubmitBatch.class).createUnmarshaller()
                    .unmarshal(new StringReader(submitBatchXml));
        } catch (JAXBException e) {
            throw new IllegalStateException("the test's own batch does not unmarshal", e);
        }
    }

    // ----- records as the journal writes them -----

    static String schoolYear(String id, long version) {
        return "<schoolYear><sourcedId>" + id + "</sourcedId><version>" + version + "</version>"
                + "<name>2026/2027</name><startsOn>2026-09-01</startsOn><endsOn>2027-05-31</endsOn></schoolYear>";
    }

    static String schoolClass(String id, long version, String year, String name, int grade) {
        return "<schoolClass><sourcedId>" + id + "</sourcedId><version>" + version + "</version>"
                + "<schoolYear>" + year + "</schoolYear><name>" + name + "</name><grade>" + grade + "</grade>"
                + "<periodKind>QUARTER</periodKind></schoolClass>";
    }

    static String subject(String id, long version, String name) {
        return "<subject><sourcedId>" + id + "</sourcedId><version>" + version + "</version><name>" + name
                + "</name></subject>";
    }

    static String subjectOf(String school, String id, long version, String name) {
        return "<subject><sourcedId>" + id + "</sourcedId><version>" + version + "</version><school>" + school
                + "</school><name>" + name + "</name></subject>";
    }

    static String student(String id, long version, String classId, String lastName) {
        return "<student><sourcedId>" + id + "</sourcedId><version>" + version + "</version>"
                + "<lastName>" + lastName + "</lastName><firstName>Анна</firstName><class>" + classId + "</class>"
                + "</student>";
    }

    static String deletedStudent(String id, long version) {
        return "<student><sourcedId>" + id + "</sourcedId><version>" + version + "</version>"
                + "<recordStatus>deleted</recordStatus></student>";
    }

    static String lesson(String id, long version, String classId, String subjectId, String date) {
        return "<lesson><sourcedId>" + id + "</sourcedId><version>" + version + "</version><class>" + classId
                + "</class><subject>" + subjectId + "</subject><date>" + date + "</date><slot>3</slot>"
                + "<status>HELD</status></lesson>";
    }

    static String mark(String id, long version, String studentId, String lessonId, String value) {
        return "<mark><sourcedId>" + id + "</sourcedId><version>" + version + "</version><student>" + studentId
                + "</student><lesson>" + lessonId + "</lesson><value>" + value + "</value></mark>";
    }

    // ----- reconciliation -----

    static ReconcileResponse reconcile(JournalExchange port, RecordKindLabel kind, String classId) throws Exception {
        Reconcile request = new Reconcile();
        request.setKind(kind);
        request.setClazz(classId);
        return port.reconcile(request);
    }

    static ReconcileResponse reconcile(JournalExchange port, RecordKindLabel kind) throws Exception {
        return reconcile(port, kind, null);
    }

    /**
     * The digest the journal computes on its side (contract: SHA-256 over «sourcedId TAB version LF» of the active
     * records, ordered by sourcedId), lower-case hex.
     */
    static String digest(Map<String, Long> versions) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(versions).forEach((id, version) ->
                    sha.update((id + "\t" + version + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sampleText() {
        try (InputStream in = ExchangeFixtures.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
