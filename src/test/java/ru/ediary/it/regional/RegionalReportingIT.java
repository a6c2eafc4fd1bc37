package ru.ediary.it.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.namespace.QName;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.audit.model.AuditEntry;
import ru.ediary.audit.model.AuditTrail;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.interfaces.regional.contract.GetIndicatorSeries;
import ru.ediary.interfaces.regional.contract.GetIndicatorSeriesResponse;
import ru.ediary.interfaces.regional.contract.GetSchoolYearReport;
import ru.ediary.interfaces.regional.contract.Indicator;
import ru.ediary.interfaces.regional.contract.IndicatorPoint;
import ru.ediary.interfaces.regional.contract.ListSchools;
import ru.ediary.interfaces.regional.contract.ListSchoolsResponse;
import ru.ediary.interfaces.regional.contract.PeriodKind;
import ru.ediary.interfaces.regional.contract.PeriodRef;
import ru.ediary.interfaces.regional.contract.RegionalReport;
import ru.ediary.interfaces.regional.contract.RegionalReporting;
import ru.ediary.interfaces.regional.contract.ReportingFault;
import ru.ediary.interfaces.regional.contract.ResultFigures;
import ru.ediary.interfaces.regional.contract.SchoolCard;
import ru.ediary.interfaces.regional.contract.SchoolFigures;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.it.regional.RegionalFixtures.Cls;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The regional authority's SOAP service through a client generated from its WSDL, read off the running server as
 * the authority's own software would: the region's schools, a quarter's report with small cells suppressed (and the
 * cell that would give a suppressed one away by subtraction), indicators over time, no personal data anywhere in the
 * raw answers, refusals with fault codes, and no way into another region or for another kind of account.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionalReportingIT {

    private static final String NS = RegionalClient.NS;
    private static final String FAILED_AUTHENTICATION = "FailedAuthentication";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(RegionalReportingIT.class, RegionalFixtures.class, Cls.class,
                Capture.class, RegionalClient.class, ServerClock.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    JournalImport journalImport;

    @Inject
    AccountRegistry accounts;

    @Inject
    AuditTrail audit;

    /** Every raw answer the generated client received in this class, searched for personal data at the end. */
    private static final List<String> ANSWERS = new ArrayList<>();

    @Test
    @Order(1)
    void theRegionsSchoolsTheirJournalsAndTheAuthoritiesAccounts() throws Exception {
        registry.region(RegionalFixtures.REGION, RegionalFixtures.REGION_NAME);
        registry.region(RegionalFixtures.OTHER_REGION, "Соседняя область (тест)");
        long version = ServerClock.clock().millis();
        long a = school(RegionalFixtures.REGION, RegionalFixtures.SCHOOL_A, "A");
        long b = school(RegionalFixtures.REGION, RegionalFixtures.SCHOOL_B, "Б");
        long c = school(RegionalFixtures.REGION, RegionalFixtures.SCHOOL_C, "В");
        long x = school(RegionalFixtures.OTHER_REGION, RegionalFixtures.FOREIGN_SCHOOL, "Х");
        apply(a, RegionalFixtures.school("a", version, List.of(new Cls(5, RegionalFixtures.A_MATHS, List.of())),
                0, 0));
        apply(b, RegionalFixtures.school("b", version, List.of(new Cls(5, RegionalFixtures.B_MATHS, List.of())),
                0, 0));
        apply(c, RegionalFixtures.school("c", version, List.of(
                new Cls(5, RegionalFixtures.C5_MATHS, RegionalFixtures.C5_RUSSIAN),
                new Cls(6, RegionalFixtures.C6_MATHS, RegionalFixtures.C6_RUSSIAN)), 6, 3));
        apply(x, RegionalFixtures.school("x", version, List.of(new Cls(7, RegionalFixtures.A_MATHS, List.of())),
                0, 0));
        TestSchool.inTransaction(() -> {
            account(RegionalFixtures.AUTHORITY, Role.REGION, null, RegionalFixtures.REGION);
            account(RegionalFixtures.OTHER_AUTHORITY, Role.REGION, null, RegionalFixtures.OTHER_REGION);
            account(RegionalFixtures.JOURNAL, Role.JOURNAL, a, null);
            account(RegionalFixtures.STAFF, Role.SCHOOL_ADMIN, a, null);
            return null;
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAuthorityListsItsSchoolsWithTheirSizeAndDataFreshness() throws Exception {
        ListSchoolsResponse list = port(RegionalFixtures.AUTHORITY).listSchools(new ListSchools());
        assertEquals(RegionalFixtures.REGION_NAME, list.getRegionName());
        Map<String, SchoolCard> byCode = list.getSchool().stream()
                .collect(Collectors.toMap(SchoolCard::getCode, Function.identity()));
        assertEquals(Set.of(RegionalFixtures.SCHOOL_A, RegionalFixtures.SCHOOL_B, RegionalFixtures.SCHOOL_C),
                byCode.keySet(), "the region's schools and no other");
        SchoolCard c = byCode.get(RegionalFixtures.SCHOOL_C);
        assertEquals(12, c.getStudents());
        assertEquals(2, c.getClasses());
        assertEquals(ru.ediary.interfaces.regional.contract.EducationLevel.SECONDARY, c.getLevel());
        assertTrue(c.getName().contains(RegionalFixtures.SCHOOL_C), c.getName());
        assertNull(c.getLastBatchAt(), "the journal of this school never sent a batch through the exchange");
        assertEquals(3, byCode.get(RegionalFixtures.SCHOOL_B).getStudents(),
                "the size of a school is public, not a figure about its students");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theQuarterReportPublishesWhatCannotPointAtAStudentAndHidesTheRest() throws Exception {
        // no year, no period: the year running today and its latest ended quarter
        RegionalReport report = port(RegionalFixtures.AUTHORITY).getSchoolYearReport(new GetSchoolYearReport())
                .getReport();
        assertEquals(RegionalFixtures.yearName(), report.getSchoolYear());
        assertEquals(PeriodKind.QUARTER, report.getPeriod().getKind());
        assertEquals(1, report.getPeriod().getNumber());
        assertEquals(RegionalFixtures.yearStart().toString(), report.getStartsOn().toXMLFormat());
        assertEquals(RegionalFixtures.q1End().toString(), report.getEndsOn().toXMLFormat());
        Map<String, SchoolFigures> byCode = byCode(report);

        assertSuppressed(byCode.get(RegionalFixtures.SCHOOL_B).getResults(), "B has 3 students");
        assertSuppressed(byCode.get(RegionalFixtures.SCHOOL_A).getResults(),
                "A would give B away: the region less A and C is B");
        ResultFigures c = byCode.get(RegionalFixtures.SCHOOL_C).getResults();
        Tally cTally = new Tally().add(RegionalFixtures.C5_MATHS).add(RegionalFixtures.C6_MATHS)
                .add(RegionalFixtures.C5_RUSSIAN).add(RegionalFixtures.C6_RUSSIAN);
        cTally.check(c, "school C");
        Tally region = new Tally().add(RegionalFixtures.A_MATHS).add(RegionalFixtures.B_MATHS).add(cTally);
        region.check(report.getTotal().getResults(), "the region");
        assertNull(report.getTotal().getCode());
        assertEquals(RegionalFixtures.REGION_NAME, report.getTotal().getName());

        // C's other figures: its 6 guardians never answered, so all of them get paper; its 3 lessons were held
        var consent = byCode.get(RegionalFixtures.SCHOOL_C).getConsent();
        assertFalse(consent.isSuppressed());
        assertEquals(6L, consent.getGuardians());
        assertEquals(6L, consent.getNoAnswer());
        assertEquals(0L, consent.getGiven());
        assertEquals(6L, consent.getOnPaper());
        var lessons = byCode.get(RegionalFixtures.SCHOOL_C).getLessons();
        assertEquals(4 * RegionalFixtures.PLANNED, lessons.getTotal().getPlanned(), "2 classes × 2 subjects");
        assertEquals(3, lessons.getTotal().getHeld());
        var maths = lessons.getSubject().stream().filter(l -> l.getName().equals(RegionalFixtures.MATHS))
                .findFirst().orElseThrow();
        assertEquals(2 * RegionalFixtures.PLANNED, maths.getPlanned());
        assertEquals(2 * RegionalFixtures.PLANNED - 3, maths.getDeficit(), "the quarter is over: what was not held");
        var completeness = byCode.get(RegionalFixtures.SCHOOL_C).getCompleteness();
        assertFalse(completeness.isSuppressed());
        assertEquals(12L, completeness.getStudents());
        assertEquals(24L, completeness.getDue(), "12 students × maths and Russian");
        assertEquals(0L, completeness.getGaps(), "every grade is there (осв counts as a result)");
        assertSuppressed(byCode.get(RegionalFixtures.SCHOOL_B).getCompleteness().isSuppressed(), "B: 3 students");
        assertTrue(report.getSchool().stream().allMatch(s -> s.getGradeLevel().isEmpty() && s.getSubject().isEmpty()),
                "no detail unless asked for");
    }

    @Test
    @Order(4)
    @RunAsClient
    void detailAndASingleSchoolNeverUncoverWhatTheRegionsReportHides() throws Exception {
        RegionalReporting port = port(RegionalFixtures.AUTHORITY);
        GetSchoolYearReport detailed = new GetSchoolYearReport();
        detailed.setSchoolYear(RegionalFixtures.yearName());
        detailed.setPeriod(quarter(1));
        detailed.setDetail(true);
        Map<String, SchoolFigures> byCode = byCode(port.getSchoolYearReport(detailed).getReport());
        SchoolFigures c = byCode.get(RegionalFixtures.SCHOOL_C);
        assertEquals(List.of(5, 6), c.getGradeLevel().stream().map(g -> g.getGrade()).toList());
        new Tally().add(RegionalFixtures.C5_MATHS).add(RegionalFixtures.C5_RUSSIAN)
                .check(c.getGradeLevel().get(0).getResults(), "C, grade 5");
        new Tally().add(RegionalFixtures.C5_MATHS).add(RegionalFixtures.C6_MATHS)
                .check(c.getSubject().stream().filter(s -> s.getName().equals(RegionalFixtures.MATHS)).findFirst()
                        .orElseThrow().getResults(), "C, maths");
        for (String hidden : List.of(RegionalFixtures.SCHOOL_A, RegionalFixtures.SCHOOL_B)) {
            SchoolFigures school = byCode.get(hidden);
            assertSuppressed(school.getResults(), hidden);
            school.getGradeLevel().forEach(g -> assertSuppressed(g.getResults(), hidden + " grade " + g.getGrade()));
            school.getSubject().forEach(s -> assertSuppressed(s.getResults(), hidden + " " + s.getName()));
        }

        GetSchoolYearReport onlyA = new GetSchoolYearReport();
        onlyA.setSchool(RegionalFixtures.SCHOOL_A);
        onlyA.setDetail(true);
        RegionalReport a = port.getSchoolYearReport(onlyA).getReport();
        assertEquals(List.of(RegionalFixtures.SCHOOL_A), a.getSchool().stream().map(SchoolFigures::getCode).toList());
        assertSuppressed(a.getSchool().get(0).getResults(), "A alone is as hidden as A among the others");
        assertSuppressed(a.getTotal().getResults(), "and so is the total of a report of A alone");
    }

    @Test
    @Order(5)
    @RunAsClient
    void anIndicatorOverTimeIsSuppressedWhereTheReportIsAndComputedWhereItIsNot() throws Exception {
        RegionalReporting port = port(RegionalFixtures.AUTHORITY);
        GetIndicatorSeries series = new GetIndicatorSeries();
        series.setIndicator(Indicator.QUALITY_RATE);
        series.setFrom(date(RegionalFixtures.yearStart().toString()));
        series.setTo(date(RegionalFixtures.today().toString()));
        GetIndicatorSeriesResponse region = port.getIndicatorSeries(series);
        assertEquals(1, region.getPoint().size(), "one quarter ended in the range: " + region.getPoint().size());
        IndicatorPoint q1 = region.getPoint().get(0);
        assertFalse(q1.isSuppressed());
        Tally all = new Tally().add(RegionalFixtures.A_MATHS).add(RegionalFixtures.B_MATHS)
                .add(RegionalFixtures.C5_MATHS).add(RegionalFixtures.C6_MATHS).add(RegionalFixtures.C5_RUSSIAN)
                .add(RegionalFixtures.C6_RUSSIAN);
        assertEquals(all.quality(), q1.getValue());

        series.setSchool(RegionalFixtures.SCHOOL_B);
        IndicatorPoint b = port.getIndicatorSeries(series).getPoint().get(0);
        assertTrue(b.isSuppressed());
        assertNull(b.getValue(), "a suppressed point has no value");
    }

    @Test
    @Order(6)
    @RunAsClient
    void requestsThatCannotBeAnsweredAreRefusedWithTheirCodes() throws Exception {
        RegionalReporting port = port(RegionalFixtures.AUTHORITY);
        GetSchoolYearReport unknown = new GetSchoolYearReport();
        unknown.setSchool("it-rr-nowhere");
        assertFault("UNKNOWN_SCHOOL", () -> port.getSchoolYearReport(unknown));
        GetSchoolYearReport foreign = new GetSchoolYearReport();
        foreign.setSchool(RegionalFixtures.FOREIGN_SCHOOL);
        assertFault("FOREIGN_SCHOOL", () -> port.getSchoolYearReport(foreign));
        GetSchoolYearReport oldYear = new GetSchoolYearReport();
        oldYear.setSchoolYear("1999/2000");
        assertFault("UNKNOWN_SCHOOL_YEAR", () -> port.getSchoolYearReport(oldYear));
        GetSchoolYearReport trimester = new GetSchoolYearReport();
        PeriodRef t = new PeriodRef();
        t.setKind(PeriodKind.TRIMESTER);
        t.setNumber(2);
        trimester.setPeriod(t);
        assertFault("INVALID_PERIOD", () -> port.getSchoolYearReport(trimester));
        GetSchoolYearReport fourthHalf = new GetSchoolYearReport();
        PeriodRef h = new PeriodRef();
        h.setKind(PeriodKind.HALF_YEAR);
        h.setNumber(4);
        fourthHalf.setPeriod(h);
        assertFault("INVALID_PERIOD", () -> port.getSchoolYearReport(fourthHalf));
        GetIndicatorSeries backwards = new GetIndicatorSeries();
        backwards.setIndicator(Indicator.PASS_RATE);
        backwards.setFrom(date("2026-12-01"));
        backwards.setTo(date("2026-09-01"));
        assertFault("INVALID_RANGE", () -> port.getIndicatorSeries(backwards));

        String badIndicator = "<r:getIndicatorSeries xmlns:r=\"" + NS + "\"><r:indicator>HAPPINESS</r:indicator>"
                + "<r:from>2026-09-01</r:from><r:to>2026-12-01</r:to></r:getIndicatorSeries>";
        String answer = raw(RegionalFixtures.AUTHORITY, RegionalFixtures.AUTHORITY, badIndicator);
        assertTrue(answer.contains("SCHEMA_VIOLATION"), answer);
        String badYear = "<r:getSchoolYearReport xmlns:r=\"" + NS + "\"><r:schoolYear>этот год</r:schoolYear>"
                + "</r:getSchoolYearReport>";
        assertTrue(raw(RegionalFixtures.AUTHORITY, RegionalFixtures.AUTHORITY, badYear).contains("SCHEMA_VIOLATION"));
    }

    @Test
    @Order(7)
    @RunAsClient
    void anotherRegionsAuthorityAJournalAndAWrongPasswordGetNothing() throws Exception {
        ListSchoolsResponse other = port(RegionalFixtures.OTHER_AUTHORITY).listSchools(new ListSchools());
        assertEquals(List.of(RegionalFixtures.FOREIGN_SCHOOL),
                other.getSchool().stream().map(SchoolCard::getCode).toList());
        GetSchoolYearReport ofA = new GetSchoolYearReport();
        ofA.setSchool(RegionalFixtures.SCHOOL_A);
        assertFault("FOREIGN_SCHOOL", () -> port(RegionalFixtures.OTHER_AUTHORITY).getSchoolYearReport(ofA));
        assertFalse(byCode(port(RegionalFixtures.OTHER_AUTHORITY).getSchoolYearReport(new GetSchoolYearReport())
                .getReport()).containsKey(RegionalFixtures.SCHOOL_C));

        String list = "<r:listSchools xmlns:r=\"" + NS + "\"/>";
        String journal = raw(RegionalFixtures.JOURNAL, RegionalFixtures.JOURNAL, list);
        assertTrue(journal.contains("ACCESS_DENIED") && !journal.contains(RegionalFixtures.SCHOOL_A), journal);
        String wrong = raw(RegionalFixtures.AUTHORITY, "not-the-password", list);
        assertTrue(wrong.contains(FAILED_AUTHENTICATION) && !wrong.contains(RegionalFixtures.SCHOOL_A), wrong);
        // a school's own staff: the contract's fault, which the generated client throws as ReportingFault
        assertFault("ACCESS_DENIED", () -> port(RegionalFixtures.STAFF).listSchools(new ListSchools()));
    }

    @Test
    @Order(8)
    @RunAsClient
    void noAnswerToTheRegionHoldsANameOrAJournalIdOfAPerson() {
        assertTrue(ANSWERS.size() >= 8, "the answers of the tests above were captured: " + ANSWERS.size());
        String all = String.join("\n", ANSWERS);
        assertTrue(all.contains(RegionalFixtures.SCHOOL_C), "the capture holds the answers themselves");
        for (String surname : RegionalFixtures.SURNAMES) {
            assertFalse(all.contains(surname), surname + " reached the region");
        }
        for (String name : List.of("Дубова", "Ученик", "Родитель")) {
            assertFalse(all.contains(name), name + " reached the region");
        }
        for (String prefix : RegionalFixtures.PERSONAL_ID_PREFIXES) {
            assertFalse(all.contains(prefix), "a journal id " + prefix + "… reached the region");
        }
    }

    @Test
    @Order(9)
    void everyCallIsInTheAuditLogWithItsParametersRefusedOnesToo() throws Exception {
        List<AuditEntry> entries = TestSchool.inTransaction(() -> audit.find(null, RegionalFixtures.AUTHORITY,
                "REGION_REPORT", null, Instant.EPOCH, Instant.now().plusSeconds(60), 1000));
        List<String> details = entries.stream().map(AuditEntry::getDetails).toList();
        assertTrue(details.contains("listSchools"), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("getSchoolYearReport schoolYear="
                + RegionalFixtures.yearName() + " period=QUARTER-1 school=" + RegionalFixtures.SCHOOL_A
                + " detail=true")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("getIndicatorSeries indicator=QUALITY_RATE")),
                details.toString());
        List<String> refused = TestSchool.inTransaction(() -> audit.find(null, RegionalFixtures.AUTHORITY,
                "REGION_REPORT_REFUSED", null, Instant.EPOCH, Instant.now().plusSeconds(60), 1000)).stream()
                .map(AuditEntry::getDetails).toList();
        assertTrue(refused.contains("getSchoolYearReport schoolYear=null period=null school=it-rr-nowhere detail=false"
                + " refused UNKNOWN_SCHOOL"), "a refused call is logged too: " + refused);
    }

    // ----- the data of the test

    private long school(String region, String code, String letter) {
        return registry.school(region, code, "Муниципальное общеобразовательное учреждение «Школа " + code + "»",
                "Школа " + letter + " (" + code + ")", EducationLevel.SECONDARY, "Тестовая область, " + code);
    }

    private void apply(long schoolId, List<ru.ediary.importing.model.SourcedRecord> records) {
        for (ImportResult r : journalImport.applyAll(schoolId, records)) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
    }

    private void account(String login, Role role, Long schoolId, String regionCode) {
        if (!accounts.exists(login)) {
            accounts.create(login, login.toCharArray(), "Учётная запись " + login, Set.of(role),
                    schoolId == null ? null : schools.school(schoolId).orElseThrow(), regionCode == null ? null
                            : schools.regionByCode(regionCode).orElseThrow(), null, null, "it-regional");
        }
    }

    // ----- the client

    private RegionalReporting port(String login) {
        return port(login, login);
    }

    private RegionalReporting port(String login, String password) {
        return RegionalClient.port(base, login, password, new Capture());
    }

    /** A message by hand, posted as is: the raw answer. */
    private String raw(String login, String password, String payload) throws IOException, InterruptedException {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header>"
                + "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-"
                + "secext-1.0.xsd\"><wsse:UsernameToken><wsse:Username>" + login + "</wsse:Username><wsse:Password>"
                + password + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>"
                + payload + "</soap:Body></soap:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "regional/RegionalReporting"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        String answer = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        synchronized (ANSWERS) {
            ANSWERS.add(answer);
        }
        return answer;
    }

    /** Keeps every message the client receives, exactly as it came. */
    static final class Capture implements SOAPHandler<SOAPMessageContext> {

        @Override
        public boolean handleMessage(SOAPMessageContext context) {
            keep(context);
            return true;
        }

        @Override
        public boolean handleFault(SOAPMessageContext context) {
            keep(context);
            return true;
        }

        private static void keep(SOAPMessageContext context) {
            if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                return;
            }
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                context.getMessage().writeTo(out);
                synchronized (ANSWERS) {
                    ANSWERS.add(out.toString(StandardCharsets.UTF_8));
                }
            } catch (SOAPException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Set<QName> getHeaders() {
            return Set.of();
        }

        @Override
        public void close(MessageContext context) {
        }
    }

    // ----- expectations

    private static Map<String, SchoolFigures> byCode(RegionalReport report) {
        return report.getSchool().stream().collect(Collectors.toMap(SchoolFigures::getCode, Function.identity()));
    }

    private static PeriodRef quarter(int n) {
        PeriodRef ref = new PeriodRef();
        ref.setKind(PeriodKind.QUARTER);
        ref.setNumber(n);
        return ref;
    }

    private static javax.xml.datatype.XMLGregorianCalendar date(String iso) throws Exception {
        return DatatypeFactory.newInstance().newXMLGregorianCalendar(iso);
    }

    private static void assertSuppressed(ResultFigures figures, String why) {
        assertTrue(figures.isSuppressed(), why);
        assertTrue(Stream.of(figures.getAssessed(), figures.getFive(), figures.getTwo(), figures.getAverageGrade(),
                figures.getQualityRate()).allMatch(v -> v == null), why + ": no figure comes with a suppressed cell");
    }

    private static void assertSuppressed(boolean suppressed, String why) {
        assertTrue(suppressed, why);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertFault(String code, Call call) {
        ReportingFault fault = assertThrows(ReportingFault.class, call::run, code);
        assertEquals(code, fault.getFaultInfo().getCode(), fault.getMessage());
        assertFalse(fault.getFaultInfo().getMessage().isBlank());
    }

    /** The figures of some grades, by this test's own arithmetic (DESIGN §5: N, средний балл, качество, СОУ). */
    private static final class Tally {
        long n5;
        long n4;
        long n3;
        long n2;
        long na;
        long exempt;

        Tally add(List<String> grades) {
            for (String g : grades) {
                switch (g) {
                    case "5" -> n5++;
                    case "4" -> n4++;
                    case "3" -> n3++;
                    case "2" -> n2++;
                    case "н/а" -> na++;
                    case "осв" -> exempt++;
                    default -> throw new IllegalArgumentException(g);
                }
            }
            return this;
        }

        Tally add(Tally t) {
            n5 += t.n5;
            n4 += t.n4;
            n3 += t.n3;
            n2 += t.n2;
            na += t.na;
            exempt += t.exempt;
            return this;
        }

        long assessed() {
            return n5 + n4 + n3 + n2 + na;
        }

        BigDecimal quality() {
            return BigDecimal.valueOf((n5 + n4) * 100).divide(BigDecimal.valueOf(assessed()), 1,
                    java.math.RoundingMode.HALF_UP);
        }

        void check(ResultFigures f, String what) {
            assertFalse(f.isSuppressed(), what);
            assertEquals(assessed(), f.getAssessed(), what + " N");
            assertEquals(n5, f.getFive(), what + " 5");
            assertEquals(n4, f.getFour(), what + " 4");
            assertEquals(n3, f.getThree(), what + " 3");
            assertEquals(n2, f.getTwo(), what + " 2");
            assertEquals(na, f.getNotAttested(), what + " н/а");
            assertEquals(exempt, f.getExempt(), what + " осв");
            long numeric = n5 + n4 + n3 + n2;
            assertEquals(BigDecimal.valueOf(5 * n5 + 4 * n4 + 3 * n3 + 2 * n2).divide(BigDecimal.valueOf(numeric), 2,
                    java.math.RoundingMode.HALF_UP), f.getAverageGrade(), what + " средний балл");
            assertEquals(quality(), f.getQualityRate(), what + " качество знаний");
            assertEquals(BigDecimal.valueOf((n5 + n4 + n3) * 100).divide(BigDecimal.valueOf(assessed()), 1,
                    java.math.RoundingMode.HALF_UP), f.getPassRate(), what + " успеваемость");
            assertNotNull(f.getLearningDegree(), what + " СОУ");
        }
    }
}
